package org.metoodiffusion.centrality;

import java.time.Instant;
import java.util.List;

/**
 * The projection a result was computed on, and its size; {@code materialised}: projected from the
 * AMPLIFIED relationships rather than by aggregating the posts (the same graph, faster);
 * {@code reused}: projected for an earlier computation on the same graph and kept, so this one paid
 * only for its algorithm.
 */
public record ProjectionView(String level, List<String> kinds, Instant from, Instant to, String orientation,
        long nodes, long relationships, boolean materialised, boolean reused) {

    static ProjectionView of(Projection projection, Orientation orientation, ProjectedGraph graph) {
        return new ProjectionView(projection.level().label(), projection.kindLabels(), projection.from(),
                projection.to(), orientation.name().toLowerCase(java.util.Locale.ROOT), graph.nodes(),
                graph.relationships(), graph.materialised(), graph.reused());
    }
}
