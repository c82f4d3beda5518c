package org.metoodiffusion.stats;

import java.util.LinkedHashMap;
import java.util.Map;

import org.metoodiffusion.cypher.QueryLibrary;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/** Reads node and relationship counts (from Neo4j's count store, so it stays fast at any size). */
@Service
public class GraphStatsService {

    private final Neo4jClient neo4j;
    private final QueryLibrary queries;

    public GraphStatsService(Neo4jClient neo4j, QueryLibrary queries) {
        this.neo4j = neo4j;
        this.queries = queries;
    }

    public GraphStats stats() {
        return new GraphStats(counts("stats/label-counts", "label"), counts("stats/relationship-counts", "type"));
    }

    private Map<String, Long> counts(String query, String key) {
        var counts = new LinkedHashMap<String, Long>();
        neo4j.query(queries.get(query)).fetch().all()
                .forEach(row -> counts.put((String) row.get(key), ((Number) row.get("count")).longValue()));
        return counts;
    }
}
