package org.metoodiffusion.centrality;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;


/**
 * Algorithm parameters as a request gives them, by their GDS names; null where not given. A
 * request may ask several measures at once, so this holds any measure's; each measure takes its
 * own into its typed {@link AlgorithmParameters} record, which checks the ranges and fills in the
 * defaults ({@link Measure#effective}).
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

    public static final MeasureParameters NONE = new MeasureParameters(null, null, null, null, null, null, null, null,
            null, null, null, null);

    /** Each given value is checked by the record of a measure that takes it, even if no measure asked for does. */
    public MeasureParameters {
        Object[] values = {dampingFactor, maxIterations, tolerance, samplingSize, samplingSeed, hitsIterations,
            useWassermanFaust, maxLevels, gamma, theta, randomSeed, weighted};
        var names = RecordShape.of(MeasureParameters.class).names();
        for (int i = 0; i < values.length; i++) {
            var name = names.get(i);
            var value = values[i];
            if (value != null) {
                Arrays.stream(Measure.values()).filter(measure -> measure.parameterNames().contains(name)).findFirst()
                        .ifPresent(measure -> measure.defaults().with(Map.of(name, value)));
            }
        }
    }

    /** The parameters given, by GDS name, in declaration order. */
    public Map<String, Object> given() {
        var given = new LinkedHashMap<String, Object>();
        for (var component : RecordShape.of(MeasureParameters.class).components()) {
            var value = Ranges.read(component, this);
            if (value != null) {
                given.put(component.getName(), value);
            }
        }
        return given;
    }
}
