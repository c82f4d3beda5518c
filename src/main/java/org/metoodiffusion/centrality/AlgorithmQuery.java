package org.metoodiffusion.centrality;

import io.swagger.v3.oas.annotations.Parameter;

/** Algorithm parameters (GDS names; absent: GDS's default) and the time limit, as query parameters. */
record AlgorithmQuery(
        @Parameter(description = "pagerank, articlerank: damping factor in [0, 1); GDS default 0.85") Double dampingFactor,
        @Parameter(description = "pagerank, articlerank, eigenvector (GDS default 20), louvain (GDS default 10): 1..1000")
        Integer maxIterations,
        @Parameter(description = "pagerank, articlerank, eigenvector (GDS default 1e-7), louvain, leiden (GDS default 1e-4)")
        Double tolerance,
        @Parameter(description = "betweenness: source nodes sampled, 1..100000000; absent (GDS default): all nodes, exact",
                example = "1000") Long samplingSize,
        @Parameter(description = "betweenness: seed of the sampling (GDS default: none)") Long samplingSeed,
        @Parameter(description = "hits-hub, hits-authority: 1..1000; GDS default 20") Integer hitsIterations,
        @Parameter(description = "closeness: Wasserman-Faust variant; GDS default false") Boolean useWassermanFaust,
        @Parameter(description = "louvain, leiden: 1..100; GDS default 10") Integer maxLevels,
        @Parameter(description = "leiden: resolution; GDS default 1.0") Double gamma,
        @Parameter(description = "leiden: refinement randomness; GDS default 0.01") Double theta,
        @Parameter(description = "leiden: random seed (GDS default: none)") Long randomSeed,
        @Parameter(description = "Weigh edges by interaction count (degree, pagerank, articlerank, eigenvector, louvain, "
                + "leiden); default true here (GDS's default is unweighted)") Boolean weighted,
        @Parameter(description = "Time limit in seconds, up to the server's metoo.centrality.timeout (default: that)")
        Integer timeout) {

    MeasureParameters parameters() {
        return new MeasureParameters(dampingFactor, maxIterations, tolerance, samplingSize, samplingSeed, hitsIterations,
                useWassermanFaust, maxLevels, gamma, theta, randomSeed, weighted);
    }
}
