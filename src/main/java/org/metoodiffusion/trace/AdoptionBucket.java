package org.metoodiffusion.trace;

import java.time.Instant;
import java.util.Map;

/**
 * One hour or day of adoption.
 *
 * @param start              the bucket's start (UTC)
 * @param posts              posts made in it
 * @param newAccounts        accounts whose first post in the cascade falls in it
 * @param cumulativePosts    posts up to its end
 * @param cumulativeAccounts accounts up to its end
 * @param newAccountsByRoot  the new accounts split by attribution: milano, burke, both, neither
 */
public record AdoptionBucket(Instant start, long posts, long newAccounts, long cumulativePosts,
        long cumulativeAccounts, Map<String, Long> newAccountsByRoot) {
}
