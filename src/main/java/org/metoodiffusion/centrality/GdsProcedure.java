package org.metoodiffusion.centrality;

import static org.metoodiffusion.centrality.CentralityQuery.*;

/** A GDS algorithm as the measures call it: its stream statement and its memory estimate statement. */
enum GdsProcedure {
    DEGREE(STREAM_DEGREE, ESTIMATE_DEGREE),
    PAGE_RANK(STREAM_PAGERANK, ESTIMATE_PAGERANK),
    ARTICLE_RANK(STREAM_ARTICLERANK, ESTIMATE_ARTICLERANK),
    BETWEENNESS(STREAM_BETWEENNESS, ESTIMATE_BETWEENNESS),
    EIGENVECTOR(STREAM_EIGENVECTOR, ESTIMATE_EIGENVECTOR),
    HITS(STREAM_HITS, ESTIMATE_HITS),
    CLOSENESS(STREAM_CLOSENESS, ESTIMATE_CLOSENESS),
    HARMONIC(STREAM_HARMONIC, ESTIMATE_HARMONIC),
    K_CORE(STREAM_KCORE, ESTIMATE_KCORE),
    ARTICULATION_POINTS(STREAM_ARTICULATION_POINTS, ESTIMATE_ARTICULATION_POINTS),
    BRIDGES(STREAM_BRIDGES, ESTIMATE_BRIDGES),
    LOUVAIN(STREAM_LOUVAIN, ESTIMATE_LOUVAIN),
    LEIDEN(STREAM_LEIDEN, ESTIMATE_LEIDEN),
    WCC(STREAM_WCC, ESTIMATE_WCC);

    private final CentralityQuery stream;
    private final CentralityQuery estimate;

    GdsProcedure(CentralityQuery stream, CentralityQuery estimate) {
        this.stream = stream;
        this.estimate = estimate;
    }

    CentralityQuery stream() {
        return stream;
    }

    CentralityQuery estimate() {
        return estimate;
    }
}
