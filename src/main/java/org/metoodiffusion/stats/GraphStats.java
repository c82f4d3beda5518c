package org.metoodiffusion.stats;

import java.util.Map;

/**
 * Counts of what the graph holds.
 *
 * @param nodes         nodes per label (a node with two labels counts under both)
 * @param relationships relationships per type
 */
public record GraphStats(Map<String, Long> nodes, Map<String, Long> relationships) {
}
