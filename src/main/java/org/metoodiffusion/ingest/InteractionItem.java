package org.metoodiffusion.ingest;

import java.time.Instant;

/**
 * An account-level interaction without post ids, as in SNAP's temporal edge lists
 * ({@code userA userB unix_ts RT|MT|RE}): {@code source} retweeted, mentioned or replied to
 * {@code target} at {@code time}.
 */
public record InteractionItem(AccountRef source, AccountRef target, Instant time, Kind kind) implements ImportItem {

    public enum Kind {
        RETWEET, MENTION, REPLY
    }
}
