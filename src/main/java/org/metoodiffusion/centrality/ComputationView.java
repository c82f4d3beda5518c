package org.metoodiffusion.centrality;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How a result was computed: measure, projection, effective parameters (GDS defaults filled in),
 * for betweenness whether exact or sampled, when, how long it took, and whether this answer came
 * from the cache.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ComputationView(String measure, ProjectionView projection, Map<String, Object> parameters,
        String method, Instant computedAt, long computeMillis, boolean cached) {

    static ComputationView of(ResultCache.Hit<MeasureResult> hit) {
        var result = hit.value();
        return new ComputationView(result.measure().key(),
                ProjectionView.of(result.projection(), result.measure().orientation(), result.graph()),
                result.parameters(), result.method(), result.computedAt(), result.computeMillis(), hit.cached());
    }
}
