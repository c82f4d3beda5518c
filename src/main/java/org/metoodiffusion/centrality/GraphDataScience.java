package org.metoodiffusion.centrality;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.metoodiffusion.api.PluginMissingException;
import org.metoodiffusion.cypher.QueryLibrary;
import org.metoodiffusion.store.EmbeddedNeo4j;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Access to the GDS plugin: checks it is installed before any call, and runs a computation on a
 * projection that is dropped afterwards, whatever happens.
 */
@Component
class GraphDataScience {

    private static final Duration REGISTRATION_WAIT = Duration.ofMinutes(1);

    private final Neo4jClient neo4j;
    private final QueryLibrary queries;
    private final ObjectProvider<EmbeddedNeo4j> embedded;

    GraphDataScience(Neo4jClient neo4j, QueryLibrary queries, ObjectProvider<EmbeddedNeo4j> embedded) {
        this.neo4j = neo4j;
        this.queries = queries;
        this.embedded = embedded;
    }

    void requireInstalled() {
        embedded.ifAvailable(database -> database.awaitProcedures(REGISTRATION_WAIT));
        boolean installed = neo4j.query(queries.get("centrality/gds-installed")).fetchAs(Boolean.class).one()
                .orElse(false);
        if (!installed) {
            throw new PluginMissingException("Neo4j Graph Data Science",
                    "Centrality needs the Neo4j Graph Data Science plugin (2.13.x for Neo4j 5.26), which the Neo4j "
                            + "server at NEO4J_URI does not have. Install it on that server, or unset NEO4J_URI to use "
                            + "the embedded database, which has it.");
        }
    }

    /** Projects with {@code projectionQuery}, applies {@code computation} to the graph name, drops the graph. */
    <T> T withProjection(String projectionQuery, Function<String, T> computation) {
        requireInstalled();
        var graphName = "metoo-" + UUID.randomUUID();
        neo4j.query(queries.get(projectionQuery)).bind(graphName).to("graphName").run();
        try {
            return computation.apply(graphName);
        } finally {
            neo4j.query(queries.get("centrality/drop-graph")).bindAll(Map.of("graphName", graphName)).run();
        }
    }
}
