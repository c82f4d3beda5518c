package org.metoodiffusion.centrality;

import static org.metoodiffusion.centrality.CentralityQuery.*;
import static org.metoodiffusion.centrality.Orientation.NATURAL;
import static org.metoodiffusion.centrality.Orientation.UNDIRECTED;

import java.util.Optional;

/**
 * A GDS algorithm as the measures run it: its stream, mutate and memory-estimate statements, the
 * orientation it projects the graph in, whether its value is a community id, and its typed
 * parameters with their defaults.
 */
enum GdsProcedure {
    DEGREE(MUTATE_DEGREE, STREAM_DEGREE, ESTIMATE_DEGREE, NATURAL, false, AlgorithmParameters.Weighted.DEFAULTS),
    PAGE_RANK(MUTATE_PAGERANK, STREAM_PAGERANK, ESTIMATE_PAGERANK, NATURAL, false, AlgorithmParameters.Rank.DEFAULTS),
    ARTICLE_RANK(MUTATE_ARTICLERANK, STREAM_ARTICLERANK, ESTIMATE_ARTICLERANK,
            NATURAL, false, AlgorithmParameters.Rank.DEFAULTS),
    BETWEENNESS(MUTATE_BETWEENNESS, STREAM_BETWEENNESS, ESTIMATE_BETWEENNESS,
            NATURAL, false, AlgorithmParameters.Betweenness.DEFAULTS),
    EIGENVECTOR(MUTATE_EIGENVECTOR, STREAM_EIGENVECTOR, ESTIMATE_EIGENVECTOR,
            NATURAL, false, AlgorithmParameters.Eigenvector.DEFAULTS),
    HITS(STREAM_HITS, ESTIMATE_HITS, NATURAL, false, AlgorithmParameters.Hits.DEFAULTS),
    CLOSENESS(MUTATE_CLOSENESS, STREAM_CLOSENESS, ESTIMATE_CLOSENESS,
            NATURAL, false, AlgorithmParameters.Closeness.DEFAULTS),
    HARMONIC(MUTATE_HARMONIC, STREAM_HARMONIC, ESTIMATE_HARMONIC, NATURAL, false, AlgorithmParameters.None.DEFAULTS),
    K_CORE(STREAM_KCORE, ESTIMATE_KCORE, UNDIRECTED, false, AlgorithmParameters.None.DEFAULTS),
    ARTICULATION_POINTS(STREAM_ARTICULATION_POINTS, ESTIMATE_ARTICULATION_POINTS, UNDIRECTED, false,
            AlgorithmParameters.None.DEFAULTS),
    BRIDGES(STREAM_BRIDGES, ESTIMATE_BRIDGES, UNDIRECTED, false, AlgorithmParameters.None.DEFAULTS),
    LOUVAIN(STREAM_LOUVAIN, ESTIMATE_LOUVAIN, UNDIRECTED, true, AlgorithmParameters.Louvain.DEFAULTS),
    LEIDEN(STREAM_LEIDEN, ESTIMATE_LEIDEN, UNDIRECTED, true, AlgorithmParameters.Leiden.DEFAULTS),
    WCC(STREAM_WCC, ESTIMATE_WCC, NATURAL, true, AlgorithmParameters.None.DEFAULTS);

    /** Writes the values into the projection, for the in-process read of them all (null: stream only). */
    private final CentralityQuery mutate;
    private final CentralityQuery stream;
    private final CentralityQuery estimate;
    private final Orientation orientation;
    private final boolean community;
    private final AlgorithmParameters defaults;

    GdsProcedure(CentralityQuery stream, CentralityQuery estimate, Orientation orientation, boolean community,
            AlgorithmParameters defaults) {
        this(null, stream, estimate, orientation, community, defaults);
    }

    GdsProcedure(CentralityQuery mutate, CentralityQuery stream, CentralityQuery estimate, Orientation orientation,
            boolean community, AlgorithmParameters defaults) {
        this.mutate = mutate;
        this.stream = stream;
        this.estimate = estimate;
        this.orientation = orientation;
        this.community = community;
        this.defaults = defaults;
    }

    Orientation orientation() {
        return orientation;
    }

    boolean community() {
        return community;
    }

    AlgorithmParameters defaults() {
        return defaults;
    }

    CentralityQuery stream() {
        return stream;
    }

    /** The statement that writes one score per node into the projection, if GDS has one for this algorithm. */
    Optional<CentralityQuery> mutate() {
        return Optional.ofNullable(mutate);
    }

    CentralityQuery estimate() {
        return estimate;
    }
}
