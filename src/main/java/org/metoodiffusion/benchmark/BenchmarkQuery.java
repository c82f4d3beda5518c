package org.metoodiffusion.benchmark;

import org.metoodiffusion.cypher.Query;

/** The statements of {@code cypher/queries/benchmark/}. */
public enum BenchmarkQuery implements Query {
    PAGERANK_COMPUTE_TIME;

    @Override
    public String folder() {
        return "benchmark";
    }
}
