package org.metoodiffusion.centrality;

import java.util.Map;

import org.metoodiffusion.cypher.Cypher;
import org.metoodiffusion.store.EmbeddedNeo4j;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Refuses a computation before it starts when GDS's estimate ({@code .estimate} over a fictitious
 * graph as large as the projection can be, from the count store) exceeds the memory it may use:
 * {@code metoo.centrality.memory-limit}, and with the embedded database no more than the free heap.
 */
@Component
class MemoryGuard {

    private final Cypher cypher;
    private final boolean embedded;
    private final Long limit;

    MemoryGuard(Cypher cypher, ObjectProvider<EmbeddedNeo4j> embedded, CentralitySettings settings) {
        this.cypher = cypher;
        this.embedded = embedded.getIfAvailable() != null;
        this.limit = settings.memoryLimit() == null ? null : settings.memoryLimit().toBytes();
    }

    /**
     * @param estimateQuery the procedure's estimate statement
     * @param gdsConfig     builds the procedure's configuration for a node count
     */
    void check(String what, Projection projection, Orientation orientation, CentralityQuery estimateQuery,
            java.util.function.LongFunction<Map<String, Object>> gdsConfig) {
        check(what, projection, orientation, estimateQuery, gdsConfig, 1);
    }

    /** {@link #check}, within half the memory a computation may use: for what is kept for later. */
    void checkHalf(String what, Projection projection, Orientation orientation, CentralityQuery estimateQuery,
            java.util.function.LongFunction<Map<String, Object>> gdsConfig) {
        check(what, projection, orientation, estimateQuery, gdsConfig, 2);
    }

    private void check(String what, Projection projection, Orientation orientation, CentralityQuery estimateQuery,
            java.util.function.LongFunction<Map<String, Object>> gdsConfig, int share) {
        var level = projection.level() == Level.ACCOUNT ? "account" : "post";
        var bound = cypher.first(CentralityQuery.PROJECTION_BOUND, Map.of(),
                row -> new long[] {row.asLong(level + "Nodes"), row.asLong(level + "Edges")}).orElseThrow();
        long nodes = bound[0];
        long relationships = bound[1];
        if (nodes == 0 || relationships == 0) {
            return;
        }
        var estimate = cypher.first(estimateQuery, Map.of("projection", fictitious(orientation, nodes, relationships),
                "config", gdsConfig.apply(nodes)),
                row -> Map.entry(row.asLong("bytesMin"), row.string("requiredMemory"))).orElseThrow();
        long required = estimate.getKey();
        long available = available() / share;
        if (required > available) {
            throw new InsufficientMemoryException(what + " over up to " + nodes + " nodes and " + relationships
                    + " relationships needs at least " + estimate.getValue() + " by GDS's estimate, "
                    + "more than the " + (available >> 20) + " MiB available. Narrow the projection (kinds, window), "
                    + "or give the server more heap.", required, available);
        }
    }

    /** The {@code $projection} of an estimate statement: a weighted graph of that size, never read. */
    static Map<String, Object> fictitious(Orientation orientation, long nodes, long relationships) {
        return Map.of("nodeProjection", "*",
                "relationshipProjection", Map.of("REL", Map.of("type", "*", "orientation", orientation.name(),
                        "properties", "weight")),
                "nodeCount", nodes, "relationshipCount", relationships);
    }

    private long available() {
        long available = limit == null ? Long.MAX_VALUE : limit;
        if (embedded) {
            var runtime = Runtime.getRuntime();
            long free = runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
            available = Math.min(available, free);
        }
        return available;
    }
}
