package org.metoodiffusion.centrality;

/**
 * A graph in the GDS catalog for the time of one computation.
 *
 * @param name          catalog name (unique)
 * @param nodes         projected nodes (0 when nothing matched: nothing was projected)
 * @param relationships projected relationships (an undirected edge counts twice, as GDS counts it)
 * @param materialised  projected from the materialised AMPLIFIED relationships (else by aggregating posts)
 */
record ProjectedGraph(String name, long nodes, long relationships, boolean materialised) {

    boolean isEmpty() {
        return nodes == 0;
    }
}
