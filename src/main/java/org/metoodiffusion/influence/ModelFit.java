package org.metoodiffusion.influence;

import java.util.List;

/**
 * A traced cascade beside the fitted Independent Cascade model's simulations from its first
 * adopters ({@link ModelService}).
 *
 * @param root             the root as written
 * @param rootLabel        what the root is, for people
 * @param level            post or account: the level the cascade was traced at
 * @param seeds            the accounts the simulations start from: the cascade's first adopters in time order
 * @param runs             simulations
 * @param seed             the random seed
 * @param model            the fitted model
 * @param size             accounts activated, seeds included
 * @param depth            hops from the nearest seed (simulations: steps)
 * @param structuralVirality of the account tree
 * @param sizePercentile   share of runs whose size is at most the observed size
 * @param adoption         cumulative accounts per hop (observed) and per step (simulated)
 * @param notes            what to know when reading the comparison
 */
public record ModelFit(String root, String rootLabel, String level, List<Account> seeds, int runs, long seed,
        ModelSummary model, Comparison size, Comparison depth, Comparison structuralVirality, double sizePercentile,
        List<AdoptionStep> adoption, List<String> notes) {

    /** An account as answers name it. */
    public record Account(String id, String username) {
    }

    /**
     * The fitted model.
     *
     * @param estimator       how its probabilities were estimated
     * @param accounts        accounts with an edge
     * @param edges           edges of positive probability
     * @param meanProbability their mean probability
     * @param certainEdges    edges of probability 1
     */
    public record ModelSummary(String estimator, int accounts, int edges, double meanProbability, int certainEdges) {

        static ModelSummary of(InfluenceGraph graph) {
            double sum = 0;
            int certain = 0;
            for (int e = 0; e < graph.edges(); e++) {
                sum += graph.probability(e);
                certain += graph.probability(e) >= 1 ? 1 : 0;
            }
            return new ModelSummary(StaticBernoulli.class.getSimpleName() + " (Goyal, Bonchi & Lakshmanan 2010): "
                    + "p(v,u) = A_v2u / A_v", graph.nodes(), graph.edges(), graph.edges() == 0 ? 0 : sum / graph.edges(),
                    certain);
        }
    }

    /** One measure, observed and over the simulations. */
    public record Comparison(double observed, Summary simulated) {
    }

    /**
     * @param step          hop (observed) and step (simulated) from the seeds, from 0
     * @param observed      accounts observed within that many hops
     * @param simulatedMean mean over the runs of the accounts activated by that step
     * @param simulatedP10  10th percentile over the runs
     * @param simulatedP90  90th percentile over the runs
     */
    public record AdoptionStep(int step, int observed, double simulatedMean, double simulatedP10, double simulatedP90) {
    }
}
