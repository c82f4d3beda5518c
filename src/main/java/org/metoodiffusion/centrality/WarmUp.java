package org.metoodiffusion.centrality;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.metoodiffusion.amplified.AmplifiedGraph;
import org.metoodiffusion.cypher.Cypher;
import org.metoodiffusion.cypher.QueryLibrary;
import org.metoodiffusion.store.EmbeddedNeo4j;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What the server does in the background once it has started, on the embedded database: first
 * the accounts' projection from AMPLIFIED when that is fresh ({@link ProjectionAhead}; a request
 * that comes meanwhile waits for it rather than stop it), then the warm-up, a native projection of
 * the schema bookkeeping nodes, the memory check's bound (from the count store) and a memory
 * estimate and, on a synthetic graph of {@value #NODES} nodes, the
 * steps of a projection from AMPLIFIED that follow the native load (degree, filter, drop) and
 * PageRank (mutate, the catalog read and the statements that follow, as a real one), so that the
 * first real request finds GDS's classes loaded, its loops and the value reader compiled and its
 * statements planned (nothing of the interaction graph is read, nothing is written, nothing is
 * cached); then the AMPLIFIED relationships brought up to date if the graph changed. One after
 * the other: they would compete for the cores, and GDS's first memory estimate briefly redirects
 * standard output (org.neo4j.gds.mem.MemoryUsage), which would swallow the build's log lines. A
 * real computation goes first ({@link #yieldTo}): on 2 cores a warm-up beside the first request
 * made both slower (9.5 s for the warm-up, 8.3 s for the request, in
 * benchmark higgs) than the request alone. Nor does it start before the server's health is UP: it
 * competed with the first health checks (restarts on a million posts: 10.4 s to healthy with it,
 * 8.8 s without, three each; docs/benchmarks.md, start-up).
 */
@Component
public class WarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(WarmUp.class);
    private static final int NODES = 100_000;
    /** The warm-up's graph, and its transaction's {@code computation} metadata. */
    static final String GRAPH = "metoo-warm-up";
    private static final String UNFILTERED = GRAPH + "-unfiltered";

    private final ObjectProvider<EmbeddedNeo4j> embedded;
    private final Cypher cypher;
    private final QueryLibrary queries;
    private final ValueReader reader;
    private final boolean enabled;
    private final AmplifiedGraph amplified;
    private final ObjectProvider<HealthEndpoint> health;
    private final ObjectProvider<ProjectionAhead> ahead;
    private volatile boolean yielded;
    private volatile boolean running;
    private volatile boolean closing;
    private final CountDownLatch finished = new CountDownLatch(1);

    WarmUp(ObjectProvider<EmbeddedNeo4j> embedded, Cypher cypher, QueryLibrary queries, ValueReader reader,
            AmplifiedGraph amplified, ObjectProvider<HealthEndpoint> health, ObjectProvider<ProjectionAhead> ahead,
            @Value("${metoo.centrality.warm-up:true}") boolean enabled) {
        this.embedded = embedded;
        this.ahead = ahead;
        this.health = health;
        this.amplified = amplified;
        this.cypher = cypher;
        this.queries = queries;
        this.reader = reader;
        this.enabled = enabled;
    }

    @EventListener
    void serverReady(ApplicationReadyEvent event) {
        var database = embedded.getIfAvailable();
        if (database == null || !(event.getApplicationContext() instanceof WebServerApplicationContext)) {
            finished.countDown();
            return;
        }
        var thread = new Thread(() -> {
            try {
                if (database.awaitProcedures(Duration.ofMinutes(2))) {
                    awaitHealthy(Duration.ofSeconds(30));
                    // First the real projection when AMPLIFIED is fresh, warm-up or not: a request that comes now
                    // waits for it instead of stopping it, and it loads the native loader as the synthetic steps would.
                    ahead.ifAvailable(ProjectionAhead::makeIfFresh);
                    if (enabled) {
                        run(database);
                    }
                }
            } finally {
                finished.countDown();
            }
            amplified.refreshInBackground();
        }, "centrality-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** The server stops: no more waiting for its health nor steps (its driver and health indicators go away). */
    @EventListener
    void closing(ContextClosedEvent event) {
        closing = true;
    }

    /** @return whether it ran (GDS registered and working) */
    boolean run(EmbeddedNeo4j database) {
        long started = System.nanoTime();
        if (yielded) {
            LOG.info("Centrality warm-up skipped: a computation came first");
            return false;
        }
        running = true;
        try {
            if (!database.awaitProcedures(Duration.ofMinutes(2))) {
                return false;
            }
            // Each step in a transaction a computation can find and terminate (yieldTo), and none
            // starts once a computation came.
            var metadata = Map.<String, Object>of("computation", GRAPH);
            requireNotYielded();
            try {
                cypher.inTransaction(Duration.ofMinutes(1), metadata, tx -> {
                    tx.run(queries.get(CentralityQuery.WARM_UP_NATIVE), Map.of("graphName", GRAPH + "-native"));
                    // Every computation starts with a memory check: the bound from the count store (its plan
                    // made once), then GDS's estimate, whose first one is slow (its memory model loads).
                    tx.query(queries.get(CentralityQuery.PROJECTION_BOUND), Map.of());
                    tx.run(queries.get(CentralityQuery.ESTIMATE_PAGERANK), Map.of("projection",
                            MemoryGuard.fictitious(Orientation.NATURAL, NODES, 3L * NODES), "config", Map.of()));
                    return null;
                });
                requireNotYielded();
                cypher.inTransaction(Duration.ofMinutes(1), metadata, tx -> {
                    tx.run(queries.get(CentralityQuery.WARM_UP_PROJECT), Map.of("graphName", UNFILTERED, "nodes", NODES));
                    tx.run(queries.get(CentralityQuery.WARM_UP_FILTER), Map.of("graphName", GRAPH));
                    // The path of a real PageRank on the embedded database: mutate, then the catalog read.
                    var values = reader.readMutated(tx, queries.get(CentralityQuery.MUTATE_PAGERANK), GRAPH,
                            Map.of("relationshipWeightProperty", "weight", "concurrency", Measure.PAGE_RANK.concurrency(NODES)));
                    // And what follows it, planned once: the projection's size (to keep it), a page's names (none).
                    tx.query(queries.get(CentralityQuery.GRAPH_SIZE), Map.of("graphName", GRAPH));
                    tx.query(queries.get(Level.ACCOUNT.namesQuery()), Map.of("nodeIds", List.of()));
                    return values;
                });
            } finally {
                // A terminated step may leave its graph in the catalog.
                for (var graph : List.of(GRAPH + "-native", UNFILTERED, GRAPH)) {
                    cypher.write(tx -> tx.run(queries.get(CentralityQuery.DROP_GRAPH), Map.of("graphName", graph)));
                }
            }
            LOG.info("Centrality warmed up (PageRank on a synthetic graph of {} nodes) in {} ms", NODES,
                    (System.nanoTime() - started) / 1_000_000);
            return true;
        } catch (RuntimeException e) {
            LOG.info("Centrality warm-up {}: {}", yielded ? "stopped for a computation" : "skipped", e.getMessage());
            return false;
        } finally {
            running = false;
        }
    }

    /** Waits (at most {@code limit}) until the server's health is UP, as its health endpoint says. */
    private void awaitHealthy(Duration limit) {
        var endpoint = health.getIfAvailable();
        long deadline = System.nanoTime() + limit.toNanos();
        try {
            while (endpoint != null && !yielded && !closing && System.nanoTime() < deadline
                    && !Status.UP.equals(endpoint.health().getStatus())) {
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void requireNotYielded() {
        if (closing) {
            throw new IllegalStateException("the server is stopping");
        }
        if (yielded) {
            throw new IllegalStateException("a computation came first");
        }
    }

    /**
     * Waits, at most {@code limit}, until the warm-up after start ran, was stopped or was skipped (a
     * server without the embedded database or with the warm-up off has none); returns whether it
     * came to that end. For benchmarks that time the first request after a change on a server
     * that has been up a while, as opposed to the first request after start.
     */
    public boolean awaitFinished(Duration limit) throws InterruptedException {
        return finished.await(limit.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Called by every computation: the warm-up will not start, and one under way is to be stopped.
     * Returns whether one is under way, whose transaction (metadata {@code computation:} {@link
     * #GRAPH}) the caller terminates.
     */
    boolean yieldTo() {
        if (yielded) {
            return false;
        }
        yielded = true;
        return running;
    }
}
