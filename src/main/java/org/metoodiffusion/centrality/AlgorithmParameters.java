package org.metoodiffusion.centrality;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.metoodiffusion.api.BadRequestException;

/**
 * The parameters one measure takes, as a typed record whose components carry GDS's names, with
 * the documented defaults as the record's {@code DEFAULTS}. Records compare by value, so the
 * effective parameters key the result cache, and serialise as the answer's {@code parameters}.
 */
public sealed interface AlgorithmParameters permits AlgorithmParameters.Weighted, AlgorithmParameters.Rank,
        AlgorithmParameters.Betweenness, AlgorithmParameters.Eigenvector, AlgorithmParameters.Hits,
        AlgorithmParameters.Closeness, AlgorithmParameters.None, AlgorithmParameters.Louvain,
        AlgorithmParameters.Leiden {

    /** Degree. */
    record Weighted(boolean weighted) implements AlgorithmParameters {
        static final Weighted DEFAULTS = new Weighted(true);
    }

    /** PageRank and ArticleRank. */
    record Rank(double dampingFactor, int maxIterations, double tolerance, boolean weighted)
            implements AlgorithmParameters {
        static final Rank DEFAULTS = new Rank(0.85, 20, 1e-7, true);

        public Rank {
            if (!(dampingFactor >= 0 && dampingFactor < 1)) {
                throw new BadRequestException("dampingFactor must be in [0, 1), was " + dampingFactor);
            }
            Ranges.within("maxIterations", maxIterations, 1, 1000);
            Ranges.tolerance(tolerance);
        }
    }

    /** Betweenness: exact without {@code samplingSize}, sampled from that many sources with it. */
    record Betweenness(Long samplingSize, Long samplingSeed) implements AlgorithmParameters {
        static final long MAX_SAMPLING_SIZE = 100_000_000L;
        static final Betweenness DEFAULTS = new Betweenness(null, null);

        public Betweenness {
            if (samplingSize != null && (samplingSize < 1 || samplingSize > MAX_SAMPLING_SIZE)) {
                throw new BadRequestException("samplingSize must be 1.." + MAX_SAMPLING_SIZE
                        + " source nodes (leave it out for exact betweenness), was " + samplingSize);
            }
        }
    }

    /** Eigenvector centrality. */
    record Eigenvector(int maxIterations, double tolerance, boolean weighted) implements AlgorithmParameters {
        static final Eigenvector DEFAULTS = new Eigenvector(20, 1e-7, true);

        public Eigenvector {
            Ranges.within("maxIterations", maxIterations, 1, 1000);
            Ranges.tolerance(tolerance);
        }
    }

    /** HITS hub and authority. */
    record Hits(int hitsIterations) implements AlgorithmParameters {
        static final Hits DEFAULTS = new Hits(20);

        public Hits {
            Ranges.within("hitsIterations", hitsIterations, 1, 1000);
        }
    }

    /** Closeness; our default is the Wasserman-Faust variant (see {@link Measure#CLOSENESS}). */
    record Closeness(boolean useWassermanFaust) implements AlgorithmParameters {
        static final Closeness DEFAULTS = new Closeness(true);
    }

    /** Harmonic, k-core, articulation points, WCC: nothing to choose. */
    record None() implements AlgorithmParameters {
        static final None DEFAULTS = new None();
    }

    /** Louvain. */
    record Louvain(int maxLevels, int maxIterations, double tolerance, boolean weighted) implements AlgorithmParameters {
        static final Louvain DEFAULTS = new Louvain(10, 10, 1e-4, true);

        public Louvain {
            Ranges.within("maxLevels", maxLevels, 1, 100);
            Ranges.within("maxIterations", maxIterations, 1, 1000);
            Ranges.tolerance(tolerance);
        }
    }

    /** Leiden; without {@code randomSeed} GDS picks one. */
    record Leiden(int maxLevels, double gamma, double theta, double tolerance, Long randomSeed, boolean weighted)
            implements AlgorithmParameters {
        static final Leiden DEFAULTS = new Leiden(10, 1.0, 0.01, 1e-4, null, true);

        public Leiden {
            Ranges.within("maxLevels", maxLevels, 1, 100);
            Ranges.positive("gamma", gamma);
            Ranges.positive("theta", theta);
            Ranges.tolerance(tolerance);
        }
    }

    /** The parameter names, in declaration order. */
    static List<String> names(Class<? extends AlgorithmParameters> type) {
        return RecordShape.of(type).names();
    }

    /** Name to value, in declaration order; null where absent. */
    default Map<String, Object> asMap() {
        var map = new LinkedHashMap<String, Object>();
        for (var component : RecordShape.of(getClass()).components()) {
            map.put(component.getName(), Ranges.read(component, this));
        }
        return Collections.unmodifiableMap(map);
    }

    /** These parameters with the {@code given} ones in place (names this record does not take are ignored). */
    @SuppressWarnings("unchecked")
    default <P extends AlgorithmParameters> P with(Map<String, Object> given) {
        var shape = RecordShape.of(getClass());
        var values = new Object[shape.components().size()];
        for (int i = 0; i < values.length; i++) {
            var component = shape.components().get(i);
            values[i] = given.getOrDefault(component.getName(), Ranges.read(component, this));
        }
        try {
            return (P) shape.constructor().newInstance(values);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + getClass().getSimpleName(), e);
        }
    }
}
