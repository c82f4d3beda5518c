package org.metoodiffusion.centrality;

/**
 * How a projection stores its edges: as interactions (amplifier to amplified), or undirected, for
 * the measures defined on undirected graphs (k-core, Leiden, Louvain's modularity, bridges,
 * articulation points). An undirected projection merges the two directions of a pair into one
 * edge whose weight is the sum of both.
 */
enum Orientation {
    NATURAL, UNDIRECTED
}
