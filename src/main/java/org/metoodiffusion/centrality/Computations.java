package org.metoodiffusion.centrality;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.metoodiffusion.cypher.QueryLibrary;
import org.metoodiffusion.store.GraphVersion;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.Values;
import org.springframework.stereotype.Component;

/**
 * Measures and bridges on projections, from the cache when the graph has not changed since they
 * were computed, else estimated (refused if they would not fit), projected, computed and read.
 */
@Component
class Computations {

    private final GraphDataScience gds;
    private final MemoryGuard memory;
    private final GraphVersion version;
    private final ResultCache cache;
    private final QueryLibrary queries;

    Computations(GraphDataScience gds, MemoryGuard memory, GraphVersion version, ResultCache cache,
            QueryLibrary queries) {
        this.gds = gds;
        this.memory = memory;
        this.version = version;
        this.cache = cache;
        this.queries = queries;
    }

    /** {@code measure} with its effective parameters on {@code projection}. */
    ResultCache.Hit<MeasureResult> measure(Projection projection, Measure measure, Map<String, Object> effective,
            Duration timeout) {
        gds.requireInstalled();
        var key = new ResultCache.Key(version.current(), projection, measure.key(), effective);
        return cache.get(key, () -> compute(projection, measure, effective, timeout));
    }

    ResultCache.Hit<BridgeResult> bridges(Projection projection, Duration timeout) {
        gds.requireInstalled();
        var key = new ResultCache.Key(version.current(), projection, "bridges", Map.of());
        return cache.get(key, () -> computeBridges(projection, timeout));
    }

    private MeasureResult compute(Projection projection, Measure measure, Map<String, Object> effective,
            Duration timeout) {
        memory.check(measure.key(), projection, measure.orientation(), measure.estimateQuery(),
                nodes -> measure.gdsConfig(effective, nodes));
        long started = System.nanoTime();
        return gds.onProjection(projection, measure.orientation(), timeout, (tx, graph) -> {
            var config = measure.gdsConfig(effective, graph.nodes());
            var values = graph.isEmpty() ? NodeValues.empty() : stream(tx, graph, projection.level(), measure, config);
            return new MeasureResult(measure, projection, graph, effective, config, Instant.now(),
                    (System.nanoTime() - started) / 1_000_000, values,
                    measure.community() ? new Communities(values) : null);
        });
    }

    private NodeValues stream(Transaction tx, ProjectedGraph graph, Level level, Measure measure,
            Map<String, Object> config) {
        var parameters = new HashMap<String, Object>(Map.of("graphName", graph.name(), "config", config));
        if (measure.hitsKey() != null) {
            parameters.put("hitsKey", measure.hitsKey());
        }
        var capacity = (int) graph.nodes();
        var nodeIds = new long[capacity];
        var values = new double[capacity];
        int count = 0;
        var rows = tx.run(queries.get(measure.streamQuery()), parameters);
        while (rows.hasNext()) {
            var row = rows.next();
            nodeIds[count] = row.get(0).asLong();
            var value = row.get(1);
            values[count++] = value.isNull() ? Double.NaN : value.asDouble();
        }
        var names = names(tx, level, java.util.Arrays.copyOf(nodeIds, count));
        var ids = new String[count];
        var usernames = new String[count];
        for (int i = 0; i < count; i++) {
            var name = names.get(nodeIds[i]);
            ids[i] = name[0];
            usernames[i] = name[1];
        }
        return NodeValues.sorted(java.util.Arrays.copyOf(nodeIds, count), ids, usernames,
                java.util.Arrays.copyOf(values, count));
    }

    private Map<Long, String[]> names(Transaction tx, Level level, long[] nodeIds) {
        var list = new ArrayList<Long>(nodeIds.length);
        for (long nodeId : nodeIds) {
            list.add(nodeId);
        }
        var names = new HashMap<Long, String[]>(nodeIds.length * 2);
        var rows = tx.run(queries.get(level.namesQuery()), Values.parameters("nodeIds", list));
        while (rows.hasNext()) {
            var row = rows.next();
            names.put(row.get(0).asLong(), new String[] {row.get(1).asString(null), row.get(2).asString(null)});
        }
        return names;
    }

    private BridgeResult computeBridges(Projection projection, Duration timeout) {
        memory.check("bridges", projection, Orientation.UNDIRECTED, "centrality/estimate-bridges", nodes -> Map.of());
        long started = System.nanoTime();
        return gds.onProjection(projection, Orientation.UNDIRECTED, timeout, (tx, graph) -> {
            var bridges = new ArrayList<BridgeView>();
            if (!graph.isEmpty()) {
                var pairs = tx.run(queries.get("centrality/stream-bridges"),
                        Values.parameters("graphName", graph.name(), "config", Map.of())).list(
                                row -> new long[] {row.get("from").asLong(), row.get("to").asLong()});
                var nodeIds = pairs.stream().flatMapToLong(java.util.Arrays::stream).distinct().toArray();
                var names = names(tx, projection.level(), nodeIds);
                for (var pair : pairs) {
                    var from = names.get(pair[0]);
                    var to = names.get(pair[1]);
                    // Undirected: name each bridge once, by its ids in order.
                    bridges.add(from[0].compareTo(to[0]) <= 0 ? new BridgeView(from[0], from[1], to[0], to[1])
                            : new BridgeView(to[0], to[1], from[0], from[1]));
                }
                bridges.sort(java.util.Comparator.comparing(BridgeView::fromId).thenComparing(BridgeView::toId));
            }
            return new BridgeResult(projection, graph, Instant.now(), (System.nanoTime() - started) / 1_000_000,
                    List.copyOf(bridges));
        });
    }
}
