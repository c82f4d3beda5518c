package org.metoodiffusion.centrality;

import java.time.Duration;
import java.util.Map;

import org.metoodiffusion.cypher.QueryLibrary;
import org.metoodiffusion.store.EmbeddedNeo4j;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Values;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs a native projection of the schema bookkeeping nodes and PageRank on a synthetic graph of
 * {@value #NODES} nodes when the server has started (in the background, on the embedded database):
 * the first real request then finds GDS's classes loaded and its loops and the value reader
 * compiled. Nothing of the interaction graph is read, nothing is written, nothing is cached.
 */
@Component
class WarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(WarmUp.class);
    private static final int NODES = 100_000;
    private static final String GRAPH = "metoo-warm-up";

    private final ObjectProvider<EmbeddedNeo4j> embedded;
    private final Driver driver;
    private final QueryLibrary queries;
    private final ValueReader reader;
    private final SessionConfig session;
    private final boolean enabled;

    WarmUp(ObjectProvider<EmbeddedNeo4j> embedded, Driver driver, QueryLibrary queries, ValueReader reader,
            @Value("${metoo.neo4j.database:neo4j}") String database,
            @Value("${metoo.centrality.warm-up:true}") boolean enabled) {
        this.embedded = embedded;
        this.driver = driver;
        this.queries = queries;
        this.reader = reader;
        this.session = SessionConfig.forDatabase(database);
        this.enabled = enabled;
    }

    @EventListener
    void serverReady(ApplicationReadyEvent event) {
        var database = embedded.getIfAvailable();
        if (!enabled || database == null || !(event.getApplicationContext() instanceof WebServerApplicationContext)) {
            return;
        }
        var thread = new Thread(() -> run(database), "centrality-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** @return whether it ran (GDS registered and working) */
    boolean run(EmbeddedNeo4j database) {
        long started = System.nanoTime();
        try (var session = driver.session(this.session)) {
            if (!database.awaitProcedures(Duration.ofMinutes(2))) {
                return false;
            }
            session.run(queries.get("centrality/warm-up-native"), Map.of("graphName", GRAPH + "-native")).consume();
            try (var tx = session.beginTransaction()) {
                tx.run(queries.get("centrality/warm-up-project"), Values.parameters("graphName", GRAPH, "nodes", NODES))
                        .consume();
                reader.read(tx, queries.get("centrality/stream-pagerank"), Map.of("graphName", GRAPH, "config",
                        Map.of("relationshipWeightProperty", "weight")), NODES, Duration.ofMinutes(1), GRAPH);
            } finally {
                session.run(queries.get("centrality/drop-graph"), Map.of("graphName", GRAPH)).consume();
            }
            LOG.info("Centrality warmed up (PageRank on a synthetic graph of {} nodes) in {} ms", NODES,
                    (System.nanoTime() - started) / 1_000_000);
            return true;
        } catch (RuntimeException e) {
            LOG.info("Centrality warm-up skipped: {}", e.getMessage());
            return false;
        }
    }
}
