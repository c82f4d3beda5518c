package org.metoodiffusion.influence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.metoodiffusion.cypher.Cypher;
import org.metoodiffusion.store.GraphVersion;
import org.springframework.stereotype.Component;

/**
 * The Independent Cascade model fitted to the whole graph ({@link StaticBernoulli} over {@link
 * InfluenceQuery#PROPAGATIONS}), kept until the graph changes ({@link GraphVersion}; never cached
 * with an external server). One aggregation over the interactions, like the account network's.
 */
@Component
class FittedGraph {

    private final Cypher cypher;
    private final GraphVersion version;
    private Cached cached;

    private record Cached(long version, InfluenceGraph graph) {
    }

    FittedGraph(Cypher cypher, GraphVersion version) {
        this.cypher = cypher;
        this.version = version;
    }

    InfluenceGraph graph() {
        OptionalLong current = version.current();
        synchronized (this) {
            if (current.isPresent() && cached != null && cached.version() == current.getAsLong()) {
                return cached.graph();
            }
        }
        List<StaticBernoulli.Counts> pairs = new ArrayList<>();
        cypher.read(InfluenceQuery.PROPAGATIONS, Map.of(), row -> pairs.add(new StaticBernoulli.Counts(
                row.string("influencer"), row.string("username"), row.string("responder"), row.number("propagated"),
                row.number("actions"))));
        // Sorted, so that nodes and edges are numbered, and seeded simulations repeat, whatever order the rows came in.
        pairs.sort(Comparator.comparing(StaticBernoulli.Counts::influencer).thenComparing(StaticBernoulli.Counts::responder));
        var graph = StaticBernoulli.fit(pairs);
        if (current.isPresent()) {
            synchronized (this) {
                cached = new Cached(current.getAsLong(), graph);
            }
        }
        return graph;
    }
}
