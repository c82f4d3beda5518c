package org.metoodiffusion.influence;

import java.util.List;

/**
 * Seed sets of k accounts and their expected spread under the fitted model, all estimated on the
 * same simulation runs ({@link InfluenceService}).
 *
 * @param k              accounts per set
 * @param runs           Monte-Carlo runs (the same for every set)
 * @param seed           the random seed
 * @param model          the fitted model
 * @param candidatePool  accounts CELF chose from
 * @param evaluations    CELF's gain evaluations (each one a search in every run)
 * @param sets           CELF's picks, the top k by PageRank, the top k by out-degree
 * @param notes          what to know when reading the numbers
 */
public record InfluenceMaximization(int k, int runs, long seed, ModelFit.ModelSummary model, int candidatePool,
        long evaluations, List<SeedSet> sets, List<String> notes) {

    /**
     * @param method         {@code celf}, {@code pagerank} or {@code out-degree}
     * @param expectedSpread mean accounts activated over the runs, seeds included
     * @param accounts       the set, in the method's order
     */
    public record SeedSet(String method, double expectedSpread, List<Seed> accounts) {
    }

    /**
     * @param id       account id
     * @param username its username, if known
     * @param score    CELF: the marginal gain when chosen; PageRank: the score; out-degree: accounts it can activate
     */
    public record Seed(String id, String username, double score) {
    }
}
