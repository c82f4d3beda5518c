package org.metoodiffusion.stats;

import java.util.Map;

/**
 * Counts of what the graph holds.
 *
 * @param nodes         nodes per label (a node with two labels counts under both)
 * @param relationships relationships per type
 * @param tweets        posts, the versions of an edited tweet counted once (each later version has
 *                      one {@code EDIT_OF} to the first)
 */
public record GraphStats(Map<String, Long> nodes, Map<String, Long> relationships, long tweets) {

    public GraphStats(Map<String, Long> nodes, Map<String, Long> relationships) {
        this(nodes, relationships, nodes.getOrDefault("Post", 0L) - relationships.getOrDefault("EDIT_OF", 0L));
    }
}
