package org.metoodiffusion.centrality;

import java.util.Map;

import org.metoodiffusion.cypher.QueryLibrary;
import org.metoodiffusion.store.EmbeddedNeo4j;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Refuses a computation before it starts when GDS's estimate ({@code .estimate} over a fictitious
 * graph as large as the projection can be, from the count store) exceeds the memory it may use:
 * {@code metoo.centrality.memory-limit}, and with the embedded database no more than the free heap.
 */
@Component
class MemoryGuard {

    private final Driver driver;
    private final QueryLibrary queries;
    private final boolean embedded;
    private final Long limit;
    private final QueryConfig config;

    MemoryGuard(Driver driver, QueryLibrary queries, ObjectProvider<EmbeddedNeo4j> embedded,
            CentralitySettings settings, @Value("${metoo.neo4j.database:neo4j}") String database) {
        this.driver = driver;
        this.queries = queries;
        this.embedded = embedded.getIfAvailable() != null;
        this.limit = settings.memoryLimit() == null ? null : settings.memoryLimit().toBytes();
        this.config = QueryConfig.builder().withDatabase(database).build();
    }

    /**
     * @param estimateQuery the procedure's estimate statement
     * @param gdsConfig     builds the procedure's configuration for a node count
     */
    void check(String what, Projection projection, Orientation orientation, CentralityQuery estimateQuery,
            java.util.function.LongFunction<Map<String, Object>> gdsConfig) {
        var bound = driver.executableQuery(queries.get(CentralityQuery.PROJECTION_BOUND)).withConfig(config).execute()
                .records().get(0);
        var level = projection.level() == Level.ACCOUNT ? "account" : "post";
        long nodes = bound.get(level + "Nodes").asLong();
        long relationships = bound.get(level + "Edges").asLong();
        if (nodes == 0 || relationships == 0) {
            return;
        }
        var fictitious = Map.of("nodeProjection", "*",
                "relationshipProjection", Map.of("REL", Map.of("type", "*", "orientation", orientation.name(),
                        "properties", "weight")),
                "nodeCount", nodes, "relationshipCount", relationships);
        var estimate = driver.executableQuery(queries.get(estimateQuery))
                .withParameters(Map.of("projection", fictitious, "config", gdsConfig.apply(nodes))).withConfig(config)
                .execute().records().get(0);
        long required = estimate.get("bytesMin").asLong();
        long available = available();
        if (required > available) {
            throw new InsufficientMemoryException(what + " over up to " + nodes + " nodes and " + relationships
                    + " relationships needs at least " + estimate.get("requiredMemory").asString() + " by GDS's estimate, "
                    + "more than the " + (available >> 20) + " MiB available. Narrow the projection (kinds, window), "
                    + "or give the server more heap.", required, available);
        }
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
