package org.metoodiffusion.centrality;

import java.util.HashMap;
import java.util.Map;

import org.metoodiffusion.cypher.QueryLibrary;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Reads the id and username behind GDS node ids ({@code names-accounts}, {@code names-posts}). */
@Component
class NameReader {

    private final Driver driver;
    private final QueryLibrary queries;
    private final QueryConfig config;

    NameReader(Driver driver, QueryLibrary queries, @Value("${metoo.neo4j.database:neo4j}") String database) {
        this.driver = driver;
        this.queries = queries;
        this.config = QueryConfig.builder().withDatabase(database).build();
    }

    /** A memo of the names of one result's nodes at {@code level}. */
    NodeNames names(Level level) {
        return new NodeNames(nodeIds -> read(level, nodeIds));
    }

    Map<Long, NodeNames.Name> read(Level level, long[] nodeIds) {
        var names = new HashMap<Long, NodeNames.Name>(nodeIds.length * 2);
        var rows = driver.executableQuery(queries.get(level.namesQuery()))
                .withParameters(Map.of("nodeIds", java.util.Arrays.stream(nodeIds).boxed().toList()))
                .withConfig(config).execute().records();
        for (var row : rows) {
            names.put(row.get(0).asLong(), new NodeNames.Name(row.get(1).asString(null), row.get(2).asString(null)));
        }
        return names;
    }
}
