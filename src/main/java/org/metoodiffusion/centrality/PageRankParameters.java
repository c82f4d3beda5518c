package org.metoodiffusion.centrality;

/**
 * Validated PageRank parameters, GDS's defaults where the request gives none.
 *
 * @param dampingFactor probability of following an edge rather than jumping, in [0, 1)
 * @param maxIterations iteration cap, 1..1000
 * @param limit         number of top accounts returned, 1..1000
 */
public record PageRankParameters(double dampingFactor, int maxIterations, int limit) {

    public static final double DEFAULT_DAMPING_FACTOR = 0.85;
    public static final int DEFAULT_MAX_ITERATIONS = 20;
    public static final int DEFAULT_LIMIT = 10;

    public PageRankParameters {
        if (!(dampingFactor >= 0 && dampingFactor < 1)) {
            throw new IllegalArgumentException("dampingFactor must be in [0, 1), was " + dampingFactor);
        }
        if (maxIterations < 1 || maxIterations > 1000) {
            throw new IllegalArgumentException("maxIterations must be 1..1000, was " + maxIterations);
        }
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit must be 1..1000, was " + limit);
        }
    }
}
