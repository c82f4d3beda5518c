package org.metoodiffusion.centrality;

import java.util.stream.Stream;

import org.neo4j.gds.api.GraphStore;
import org.neo4j.gds.core.loading.GraphStoreCatalog;

/**
 * Takes a node property that a GDS {@code mutate} procedure wrote into a projection straight out of
 * GDS's catalog, which lives in this JVM when the database is embedded: every node's value in one
 * pass over two primitive columns, instead of a Cypher row per node. On the Higgs-sized graph the
 * stream of 256,491 rows through the Cypher runtime cost about as much as PageRank itself
 * (docs/benchmarks.md, 2026-12-07). With a server over Bolt the catalog is the server's, so the
 * values are streamed ({@link ValueReader}).
 */
final class CatalogValues {

    private CatalogValues() {
    }

    /**
     * The values of {@code property} in projection {@code graphName} by Neo4j node id (the ids a
     * {@code stream} procedure yields as {@code nodeId}), unordered.
     */
    static Columns read(String graphName, String property) {
        var graphStore = graphStore(graphName);
        var values = graphStore.nodeProperty(property).values();
        var nodes = graphStore.nodes();
        int count = Math.toIntExact(graphStore.nodeCount());
        var nodeIds = new long[count];
        var scores = new double[count];
        for (int node = 0; node < count; node++) {
            nodeIds[node] = nodes.toOriginalNodeId(node);
            scores[node] = values.doubleValue(node);
        }
        return new Columns(nodeIds, scores);
    }

    /** Removes {@code property} from projection {@code graphName}, if both are there: a kept projection outlives its computation. */
    static void remove(String graphName, String property) {
        graphStores(graphName).filter(graphStore -> graphStore.hasNodeProperty(property))
                .forEach(graphStore -> graphStore.removeNodeProperty(property));
    }

    /** Projection names are unique (a computation's UUID), whoever projected them. */
    private static GraphStore graphStore(String graphName) {
        return graphStores(graphName).findFirst()
                .orElseThrow(() -> new IllegalStateException("Projection " + graphName + " is not in GDS's catalog"));
    }

    private static Stream<GraphStore> graphStores(String graphName) {
        return GraphStoreCatalog.getAllGraphStores()
                .filter(entry -> entry.catalogEntry().config().graphName().equals(graphName))
                .map(entry -> entry.catalogEntry().graphStore());
    }

    /** Node ids and their values, position by position. */
    record Columns(long[] nodeIds, double[] values) {
    }
}
