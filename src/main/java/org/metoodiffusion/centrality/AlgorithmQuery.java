package org.metoodiffusion.centrality;

import io.swagger.v3.oas.annotations.Parameter;

/**
 * Algorithm parameters (GDS names) and the time limit, as query parameters. Which measures take
 * each, and its default, the OpenAPI document says from the measures ({@link MeasureApiDocumentation}).
 */
record AlgorithmQuery(
        @Parameter(description = "Damping factor, in [0, 1).") Double dampingFactor,
        @Parameter(description = "Iterations at most, 1..1000.") Integer maxIterations,
        @Parameter(description = "Convergence bound, in [0, 1).") Double tolerance,
        @Parameter(description = "Source nodes sampled, 1..100000000; absent: all nodes, exact.", example = "1000")
        Long samplingSize,
        @Parameter(description = "Seed of the sampling.") Long samplingSeed,
        @Parameter(description = "HITS iterations, 1..1000.") Integer hitsIterations,
        @Parameter(description = "The Wasserman-Faust variant for disconnected graphs.") Boolean useWassermanFaust,
        @Parameter(description = "Levels at most, 1..100.") Integer maxLevels,
        @Parameter(description = "Resolution, in (0, 1000].") Double gamma,
        @Parameter(description = "Randomness of the refinement, in (0, 1000].") Double theta,
        @Parameter(description = "Random seed; absent: GDS picks one.") Long randomSeed,
        @Parameter(description = "Weigh edges by interaction count (GDS's own default is unweighted).") Boolean weighted,
        @Parameter(description = "Time limit in seconds, up to the server's metoo.centrality.timeout (default: that)")
        Integer timeout) {

    MeasureParameters parameters() {
        return new MeasureParameters(dampingFactor, maxIterations, tolerance, samplingSize, samplingSeed, hitsIterations,
                useWassermanFaust, maxLevels, gamma, theta, randomSeed, weighted);
    }
}
