package org.metoodiffusion.trace;

import java.util.List;
import java.util.Map;

/**
 * Posts and new adopters over time for a root's cascade (a hashtag's included).
 *
 * @param root           the root as written
 * @param method         the reconstruction used for attribution
 * @param level          what was traced: {@code post}, or {@code account} (no posts: posts are 0, new accounts are activations)
 * @param bucket         hour or day
 * @param posts          dated posts counted
 * @param accounts       accounts counted
 * @param undatedPosts   posts without a known time, left out of the series
 * @param accountsByRoot all accounts split by attribution
 * @param buckets        consecutive buckets from the first post to the last, empty ones included
 */
public record AdoptionSeries(String root, String method, String level, String bucket, long posts, long accounts,
        long undatedPosts, Map<String, Long> accountsByRoot, List<AdoptionBucket> buckets) {
}
