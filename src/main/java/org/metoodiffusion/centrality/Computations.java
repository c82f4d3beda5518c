package org.metoodiffusion.centrality;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.metoodiffusion.cypher.Cypher;
import org.metoodiffusion.cypher.QueryLibrary;
import org.metoodiffusion.store.GraphVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Measures and bridges on projections, from the cache when the graph has not changed since they
 * were computed, else estimated (refused if they would not fit), projected, computed and read.
 */
@Component
class Computations {

    private static final Logger LOG = LoggerFactory.getLogger(Computations.class);

    private final GraphDataScience gds;
    private final MemoryGuard memory;
    private final GraphVersion version;
    private final ResultCache cache;
    private final QueryLibrary queries;
    private final NameReader names;
    private final ValueReader reader;

    Computations(GraphDataScience gds, MemoryGuard memory, GraphVersion version, ResultCache cache,
            QueryLibrary queries, NameReader names, ValueReader reader) {
        this.gds = gds;
        this.memory = memory;
        this.version = version;
        this.cache = cache;
        this.queries = queries;
        this.names = names;
        this.reader = reader;
    }

    /** {@code measure} with its effective parameters on {@code projection}. */
    ResultCache.Hit<MeasureResult> measure(Projection projection, Measure measure, AlgorithmParameters effective,
            Duration timeout) {
        var key = new ResultCache.Key(version.current(), projection, measure.key(), effective);
        // A cached result was computed by GDS: only a miss needs to ask whether it is installed.
        return cache.get(key, () -> {
            gds.requireInstalled();
            return compute(projection, measure, effective, timeout);
        });
    }

    ResultCache.Hit<BridgeResult> bridges(Projection projection, Duration timeout) {
        var key = new ResultCache.Key(version.current(), projection, "bridges", AlgorithmParameters.None.DEFAULTS);
        return cache.get(key, () -> {
            gds.requireInstalled();
            return computeBridges(projection, timeout);
        });
    }

    private MeasureResult compute(Projection projection, Measure measure, AlgorithmParameters effective,
            Duration timeout) {
        long started = System.nanoTime();
        return gds.onProjection(projection, measure.orientation(), timeout,
                () -> memory.check(measure.key(), projection, measure.orientation(), measure.procedure().estimate(),
                        nodes -> measure.gdsConfig(effective, nodes)),
                (tx, graph) -> {
                    var config = measure.gdsConfig(effective, graph.nodes());
                    var values = graph.isEmpty() ? NodeValues.empty() : stream(tx, graph, measure, config);
                    return new MeasureResult(measure, projection, graph, effective.asMap(), config, Instant.now(),
                            (System.nanoTime() - started) / 1_000_000, values,
                            measure.community() ? new Communities(values) : null, names.names(projection.level()));
                });
    }

    /** The measure's value of every projected node, by GDS node id; names are read per page later. */
    private NodeValues stream(Cypher.Statements tx, ProjectedGraph graph, Measure measure, Map<String, Object> config) {
        long started = System.nanoTime();
        var parameters = new HashMap<String, Object>(Map.of("graphName", graph.name(), "config", config));
        if (measure.hitsKey() != null) {
            parameters.put("hitsKey", measure.hitsKey());
        }
        var mutate = measure.procedure().mutate().filter(query -> reader.inProcess());
        var values = mutate.isPresent()
                ? reader.readMutated(tx, queries.get(mutate.get()), graph.name(), config)
                : reader.read(tx, queries.get(measure.procedure().stream()), parameters, (int) graph.nodes());
        LOG.debug("{} on {}: algorithm, stream and sort of {} values {} ms", measure.key(), graph.name(),
                values.size(), (System.nanoTime() - started) / 1_000_000);
        return values;
    }

    private BridgeResult computeBridges(Projection projection, Duration timeout) {
        long started = System.nanoTime();
        return gds.onProjection(projection, GdsProcedure.BRIDGES.orientation(), timeout, () -> memory.check("bridges", projection,
                GdsProcedure.BRIDGES.orientation(), GdsProcedure.BRIDGES.estimate(), nodes -> Map.of()), (tx, graph) -> {
            var bridges = new ArrayList<BridgeView>();
            if (!graph.isEmpty()) {
                var pairs = new ArrayList<long[]>();
                tx.stream(queries.get(GdsProcedure.BRIDGES.stream()),
                        Map.of("graphName", graph.name(), "config", Map.of()),
                        row -> pairs.add(new long[] {row.asLong("from"), row.asLong("to")}));
                var nodeIds = pairs.stream().flatMapToLong(Arrays::stream).distinct().toArray();
                var names = this.names.read(projection.level(), nodeIds);
                for (var pair : pairs) {
                    var from = names.get(pair[0]);
                    var to = names.get(pair[1]);
                    // Undirected: name each bridge once, by its ids in order.
                    bridges.add(from.id().compareTo(to.id()) <= 0
                            ? new BridgeView(from.id(), from.username(), to.id(), to.username())
                            : new BridgeView(to.id(), to.username(), from.id(), from.username()));
                }
                bridges.sort(java.util.Comparator.comparing(BridgeView::fromId).thenComparing(BridgeView::toId));
            }
            return new BridgeResult(projection, graph, Instant.now(), (System.nanoTime() - started) / 1_000_000,
                    List.copyOf(bridges));
        });
    }
}
