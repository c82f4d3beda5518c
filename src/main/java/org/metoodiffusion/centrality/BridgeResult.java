package org.metoodiffusion.centrality;

import java.time.Instant;
import java.util.List;

/** The bridges of a projection (undirected): edges whose removal disconnects their component. */
record BridgeResult(Projection projection, ProjectedGraph graph, Instant computedAt, long computeMillis,
        List<BridgeView> bridges) {
}
