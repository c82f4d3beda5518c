package org.metoodiffusion.centrality;

import java.util.LinkedHashMap;
import java.util.Map;

import org.metoodiffusion.api.BadRequestException;

/**
 * Algorithm parameters as a request gives them, by their GDS names; null where not given (the
 * measure's GDS default then applies, see {@link Measure}). Ranges are checked here; which
 * parameters a measure takes is checked by {@link Measure#effective}.
 *
 * @param dampingFactor     PageRank, ArticleRank: probability of following an edge, in [0, 1)
 * @param maxIterations     PageRank, ArticleRank, eigenvector, Louvain: 1..1000
 * @param tolerance         PageRank, ArticleRank, eigenvector, Louvain, Leiden: convergence bound, in [0, 1)
 * @param samplingSize      betweenness: source nodes sampled, 1..100,000,000 (absent: all nodes, exact)
 * @param samplingSeed      betweenness: seed of the sampling
 * @param hitsIterations    HITS: 1..1000
 * @param useWassermanFaust closeness: the Wasserman-Faust variant for disconnected graphs
 * @param maxLevels         Louvain, Leiden: 1..100
 * @param gamma             Leiden: resolution, (0, 1000]
 * @param theta             Leiden: randomness of the refinement, (0, 1000]
 * @param randomSeed        Leiden: seed
 * @param weighted          use the interaction counts as weights (GDS: {@code relationshipWeightProperty: 'weight'})
 */
public record MeasureParameters(Double dampingFactor, Integer maxIterations, Double tolerance, Long samplingSize,
        Long samplingSeed, Integer hitsIterations, Boolean useWassermanFaust, Integer maxLevels, Double gamma,
        Double theta, Long randomSeed, Boolean weighted) {

    public static final long MAX_SAMPLING_SIZE = 100_000_000L;

    public static final MeasureParameters NONE = new MeasureParameters(null, null, null, null, null, null, null, null,
            null, null, null, null);

    public MeasureParameters {
        if (dampingFactor != null && !(dampingFactor >= 0 && dampingFactor < 1)) {
            throw new BadRequestException("dampingFactor must be in [0, 1), was " + dampingFactor);
        }
        range("maxIterations", maxIterations, 1, 1000);
        if (tolerance != null && !(tolerance >= 0 && tolerance < 1)) {
            throw new BadRequestException("tolerance must be in [0, 1), was " + tolerance);
        }
        if (samplingSize != null && (samplingSize < 1 || samplingSize > MAX_SAMPLING_SIZE)) {
            throw new BadRequestException("samplingSize must be 1.." + MAX_SAMPLING_SIZE
                    + " source nodes (leave it out for exact betweenness), was " + samplingSize);
        }
        range("hitsIterations", hitsIterations, 1, 1000);
        range("maxLevels", maxLevels, 1, 100);
        positive("gamma", gamma);
        positive("theta", theta);
    }

    /** The parameters given, by GDS name, in declaration order. */
    public Map<String, Object> given() {
        var given = new LinkedHashMap<String, Object>();
        put(given, "dampingFactor", dampingFactor);
        put(given, "maxIterations", maxIterations);
        put(given, "tolerance", tolerance);
        put(given, "samplingSize", samplingSize);
        put(given, "samplingSeed", samplingSeed);
        put(given, "hitsIterations", hitsIterations);
        put(given, "useWassermanFaust", useWassermanFaust);
        put(given, "maxLevels", maxLevels);
        put(given, "gamma", gamma);
        put(given, "theta", theta);
        put(given, "randomSeed", randomSeed);
        put(given, "weighted", weighted);
        return given;
    }

    private static void put(Map<String, Object> map, String name, Object value) {
        if (value != null) {
            map.put(name, value);
        }
    }

    private static void range(String name, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            throw new BadRequestException(name + " must be " + min + ".." + max + ", was " + value);
        }
    }

    private static void positive(String name, Double value) {
        if (value != null && !(value > 0 && value <= 1000)) {
            throw new BadRequestException(name + " must be in (0, 1000], was " + value);
        }
    }
}
