package org.metoodiffusion.centrality;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One account's value for one measure: its score and rank (1 = highest) among {@code of} nodes, or
 * for community measures its community and that community's size. {@code inProjection} is false
 * when the account has no interaction in the projection (then there is no value).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AccountMeasure(String measure, boolean inProjection, Double score, Long rank, Long of, Long community,
        Integer communitySize, Map<String, Object> parameters, String method, boolean cached) {
}
