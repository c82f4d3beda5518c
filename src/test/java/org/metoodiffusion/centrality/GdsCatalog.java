package org.metoodiffusion.centrality;

import java.util.Set;
import java.util.stream.Collectors;

import org.neo4j.driver.Driver;

/** The graphs in GDS's catalog, by name (one catalog per JVM: every test context's graphs). */
final class GdsCatalog {

    private GdsCatalog() {
    }

    static Set<String> graphNames(Driver driver) {
        return driver.executableQuery("CALL gds.graph.list() YIELD graphName RETURN graphName").execute().records()
                .stream().map(row -> row.get("graphName").asString()).collect(Collectors.toSet());
    }
}
