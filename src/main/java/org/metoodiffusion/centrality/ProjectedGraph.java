package org.metoodiffusion.centrality;

/**
 * A graph in the GDS catalog that a computation runs on.
 *
 * @param name          catalog name (unique)
 * @param nodes         projected nodes (0 when nothing matched: nothing was projected)
 * @param relationships projected relationships (an undirected edge counts twice, as GDS counts it)
 * @param materialised  projected from the materialised AMPLIFIED relationships (else by aggregating posts)
 * @param reused        projected for an earlier computation on the same graph and kept ({@link ProjectionCatalog})
 */
record ProjectedGraph(String name, long nodes, long relationships, boolean materialised, boolean reused) {

    ProjectedGraph asReused() {
        return new ProjectedGraph(name, nodes, relationships, materialised, true);
    }

    boolean isEmpty() {
        return nodes == 0;
    }
}
