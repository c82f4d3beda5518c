package org.metoodiffusion.ingest;

/** {@code follower} follows {@code followee}. */
public record FollowItem(AccountRef follower, AccountRef followee) implements ImportItem {
}
