package org.metoodiffusion.centrality;

import java.time.Instant;
import java.util.Map;

/**
 * A measure computed on a projection.
 *
 * @param parameters    effective parameters (defaults filled in)
 * @param gdsConfig     the configuration GDS ran with
 * @param computeMillis projection + algorithm + reading the values, in milliseconds
 * @param communities   for community measures, else null
 * @param names         the nodes' ids and usernames, read as pages show them
 */
record MeasureResult(Measure measure, Projection projection, ProjectedGraph graph, Map<String, Object> parameters,
        Map<String, Object> gdsConfig, Instant computedAt, long computeMillis, NodeValues values,
        Communities communities, NodeNames names) {

    /** How betweenness was computed ("exact", or "sampled: ..."); null for other measures. */
    String method() {
        if (measure != Measure.BETWEENNESS) {
            return null;
        }
        if (gdsConfig.get("samplingSize") instanceof Long size) {
            return "sampled: " + size + " of " + graph.nodes() + " source nodes"
                    + (gdsConfig.get("samplingSeed") == null ? "" : ", samplingSeed " + gdsConfig.get("samplingSeed"));
        }
        return "exact: all " + graph.nodes() + " source nodes";
    }
}
