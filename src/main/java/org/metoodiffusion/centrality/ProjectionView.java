package org.metoodiffusion.centrality;

import java.time.Instant;
import java.util.List;

/** The projection a result was computed on, and its size. */
public record ProjectionView(String level, List<String> kinds, Instant from, Instant to, String orientation,
        long nodes, long relationships) {

    static ProjectionView of(Projection projection, Orientation orientation, ProjectedGraph graph) {
        return new ProjectionView(projection.level().label(), projection.kindLabels(), projection.from(),
                projection.to(), orientation.name().toLowerCase(java.util.Locale.ROOT), graph.nodes(),
                graph.relationships());
    }
}
