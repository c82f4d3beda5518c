package org.metoodiffusion.stats;

import java.util.LinkedHashMap;
import java.util.Map;

import org.metoodiffusion.cypher.Cypher;
import org.springframework.stereotype.Service;

/** Reads node and relationship counts (from Neo4j's count store, so it stays fast at any size). */
@Service
public class GraphStatsService {

    private final Cypher cypher;

    public GraphStatsService(Cypher cypher) {
        this.cypher = cypher;
    }

    public GraphStats stats() {
        return new GraphStats(counts(StatsQuery.LABEL_COUNTS, "label"), counts(StatsQuery.RELATIONSHIP_COUNTS, "type"));
    }

    private Map<String, Long> counts(StatsQuery query, String key) {
        var counts = new LinkedHashMap<String, Long>();
        cypher.read(query, Map.of(), row -> counts.put(row.string(key), row.number("count")));
        return counts;
    }
}
