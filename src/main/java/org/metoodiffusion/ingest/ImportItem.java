package org.metoodiffusion.ingest;

/**
 * What a format reader extracts from its input, whatever the format: accounts, posts, account-level
 * interactions (data without post ids) and follow edges. The graph writer merges these, so the
 * same fact read twice, or from two formats, ends up once in the graph.
 */
public sealed interface ImportItem permits AccountItem, PostItem, InteractionItem, FollowItem {
}
