package org.metoodiffusion.centrality;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import org.metoodiffusion.amplified.AmplifiedGraph;
import org.metoodiffusion.cypher.Cypher;
import org.metoodiffusion.cypher.QueryLibrary;
import org.metoodiffusion.store.EmbeddedNeo4j;
import org.metoodiffusion.store.GraphVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Access to the GDS plugin: checks it is installed, then runs a computation on a projection, in one
 * transaction, on a worker thread, within a time limit. The projection is kept in the catalog for
 * the next computation while the graph is unchanged ({@link ProjectionCatalog}), else dropped
 * whatever happens (failure, timeout, interrupt). On timeout the transaction is
 * terminated (GDS algorithms stop at their next termination check; some, such as betweenness, only
 * at the end), the projection is dropped and the caller gets {@link ComputationTimeoutException}
 * at once.
 */
@Component
class GraphDataScience {

    private static final Logger LOG = LoggerFactory.getLogger(GraphDataScience.class);
    private static final Duration REGISTRATION_WAIT = Duration.ofMinutes(1);
    private static final long SWEEP_SECONDS = 2;

    /** What a computation does with the projected graph, inside the projection's transaction. */
    @FunctionalInterface
    interface Work<T> {
        T apply(Cypher.Statements tx, ProjectedGraph graph);
    }

    private final Cypher cypher;
    private final QueryLibrary queries;
    private final ObjectProvider<EmbeddedNeo4j> embedded;
    private final AmplifiedGraph amplified;
    private final ExecutorService workers;
    private final GraphVersion version;
    private final ProjectionCatalog catalog;
    private final WarmUp warmUp;
    private final ScheduledExecutorService sweeper;
    private volatile boolean installed;

    GraphDataScience(Cypher cypher, QueryLibrary queries, ObjectProvider<EmbeddedNeo4j> embedded,
            AmplifiedGraph amplified, GraphVersion version, CentralitySettings settings, WarmUp warmUp) {
        this.cypher = cypher;
        this.warmUp = warmUp;
        this.amplified = amplified;
        this.queries = queries;
        this.embedded = embedded;
        var threads = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(settings.computeThreads(), runnable -> {
            var thread = new Thread(runnable, "centrality-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.version = version;
        this.catalog = new ProjectionCatalog(settings.projections(), this::drop);
        // Frees the heap of projections a write made stale without waiting for the next request.
        this.sweeper = Executors.newSingleThreadScheduledExecutor(runnable -> {
            var thread = new Thread(runnable, "centrality-projections");
            thread.setDaemon(true);
            return thread;
        });
        sweeper.scheduleWithFixedDelay(this::retireStaleProjections, SWEEP_SECONDS, SWEEP_SECONDS, TimeUnit.SECONDS);
    }

    private void retireStaleProjections() {
        try {
            if (catalog.size() > 0) {
                version.current().ifPresent(catalog::retireOtherThan);
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not retire stale projections: {}", e.getMessage());
        }
    }

    void requireInstalled() {
        if (installed) {
            return;
        }
        embedded.ifAvailable(database -> database.awaitProcedures(REGISTRATION_WAIT));
        installed = cypher.first(CentralityQuery.GDS_INSTALLED, Map.of(), row -> row.isTrue("installed")).orElseThrow();
        if (!installed) {
            throw new PluginMissingException("Neo4j Graph Data Science",
                    "Centrality needs the Neo4j Graph Data Science plugin (2.13.x for Neo4j 5.26), which the Neo4j "
                            + "server at NEO4J_URI does not have. Install it on that server, or unset NEO4J_URI to use "
                            + "the embedded database, which has it.");
        }
    }

    /**
     * Runs {@code before} (the memory check), projects {@code projection} or borrows the one kept
     * for it, applies {@code work}, all within {@code timeout}, and keeps the projection for the next
     * computation on the same graph version (else drops it).
     */
    <T> T onProjection(Projection projection, Orientation orientation, Duration timeout, Runnable before,
            Work<T> work) {
        long started = System.nanoTime();
        requireInstalled();
        long installed = System.nanoTime();
        if (warmUp.yieldTo()) {
            terminate(WarmUp.GRAPH);
        }
        var computation = "metoo-" + UUID.randomUUID();
        LOG.debug("{}: GDS ready after {} ms, warm-up out of the way after {} ms more", computation,
                (installed - started) / 1_000_000, (System.nanoTime() - installed) / 1_000_000);
        Future<T> future = workers.submit(() -> {
            try {
                return run(computation, projection, orientation, timeout, before, work);
            } finally {
                catalog.ended(computation);
            }
        });
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            abandon(future, computation);
            throw new ComputationTimeoutException("The computation did not finish within " + timeout.toSeconds()
                    + " s and was stopped. Narrow the projection (kinds, window), sample (betweenness: samplingSize), "
                    + "or allow more time (timeout, up to the server's metoo.centrality.timeout).", timeout);
        } catch (InterruptedException e) {
            abandon(future, computation);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while computing", e);
        } catch (ExecutionException e) {
            throw translate(e.getCause());
        }
    }

    /** A new projection is named after its computation, which its transaction's metadata names too. */
    private <T> T run(String computation, Projection projection, Orientation orientation, Duration timeout,
            Runnable before, Work<T> work) {
        var key = keyNow(projection, orientation);
        // Borrowed before the memory check, so that the check's freeing of kept projections spares it.
        var lease = key == null ? null : catalog.acquire(key);
        try {
            long checking = System.nanoTime();
            checkMemory(before);
            LOG.debug("{}: memory check {} ms", computation, (System.nanoTime() - checking) / 1_000_000);
        } catch (RuntimeException e) {
            if (lease != null) {
                catalog.release(lease);
            }
            throw e;
        }
        // After the check, which so runs on one core while another computation makes the projection on the other.
        if (lease == null && key != null) {
            lease = leaseOrMake(key, timeout);
        }
        return lease != null ? onKept(computation, lease, timeout, work)
                : onNew(computation, key, projection, orientation, timeout, work);
    }

    private <T> T onKept(String computation, ProjectionCatalog.Lease lease, Duration timeout, Work<T> work) {
        try {
            T result = cypher.inTransaction(timeout, Map.of("computation", computation),
                    tx -> work.apply(tx, lease.graph().asReused()));
            LOG.debug("{}: reused {} at graph version {}", computation, lease.graph().name(), lease.key().version());
            return result;
        } finally {
            catalog.release(lease);
        }
    }

    /** Projects, computes and keeps the projection under {@code key} (null: keeps nothing), whose maker this is. */
    private <T> T onNew(String computation, ProjectionCatalog.Key key, Projection projection, Orientation orientation,
            Duration timeout, Work<T> work) {
        boolean kept = false;
        try {
            var projected = new ProjectedGraph[1];
            T result = cypher.inTransaction(timeout, Map.of("computation", computation), tx -> {
                projected[0] = project(tx, computation, projection, orientation);
                return work.apply(tx, projected[0]);
            });
            if (key != null && !projected[0].isEmpty()) {
                long bytes = cypher.transact(tx -> Cypher.Row.of(tx.query(queries.get(CentralityQuery.GRAPH_SIZE),
                        Map.of("graphName", computation)).get(0)).asLong("sizeInBytes"));
                kept = catalog.keep(key, projected[0], bytes);
                LOG.debug("{}: {} at graph version {} ({} MiB)", computation, kept ? "kept" : "not kept", key.version(),
                        bytes >> 20);
            }
            return result;
        } finally {
            if (!kept) {
                uninterrupted(() -> drop(computation));
            }
            if (key != null) {
                catalog.made(key);
            }
        }
    }

    /**
     * The kept projection for {@code key}, or null when this computation is to make it (then it is
     * registered as making it). While another computation makes it, this one waits for that, at
     * most its own time limit, rather than project a second copy beside it on the same cores.
     */
    private ProjectionCatalog.Lease leaseOrMake(ProjectionCatalog.Key key, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            var lease = catalog.acquire(key);
            if (lease != null) {
                return lease;
            }
            var underWay = catalog.makeOrWait(key);
            if (underWay == null) {
                return null;
            }
            try {
                underWay.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                throw new ComputationTimeoutException("The computation waited " + timeout.toSeconds()
                        + " s for the projection another one is making", timeout);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for a projection", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    /**
     * Makes and keeps {@code projection} with nothing computed on it, on the calling thread, after
     * {@code check} (the memory guard's consent): a computation that asks for it meanwhile waits
     * for it. Returns whether it is kept now.
     */
    boolean projectAhead(Projection projection, Orientation orientation, Duration timeout, Runnable check) {
        requireInstalled();
        var computation = "metoo-ahead-" + UUID.randomUUID();
        try {
            run(computation, projection, orientation, timeout, check, (tx, graph) -> null);
        } finally {
            catalog.ended(computation);
        }
        return isKept(projection, orientation);
    }

    /** Whether {@code projection} is kept for the graph as it is now (false on an external server). */
    boolean isKept(Projection projection, Orientation orientation) {
        var key = keyNow(projection, orientation);
        return key != null && catalog.isKept(key);
    }

    /** Whether {@code projection} is kept or being made for the graph as it is now (false on an external server). */
    boolean keptOrMaking(Projection projection, Orientation orientation) {
        var key = keyNow(projection, orientation);
        return key != null && catalog.keptOrMaking(key);
    }

    /** The catalog's key of {@code projection} on the graph as it is now; null on an external server (no version). */
    private ProjectionCatalog.Key keyNow(Projection projection, Orientation orientation) {
        var version = this.version.current();
        return version.isPresent() ? new ProjectionCatalog.Key(version.getAsLong(), projection, orientation) : null;
    }

    /**
     * The memory check, making room when it refuses: kept projections no computation uses go,
     * least recently used first, until the shortfall is freed (the heap they held is garbage then,
     * which the JVM reclaims when the computation allocates).
     */
    private void checkMemory(Runnable check) {
        try {
            check.run();
        } catch (InsufficientMemoryException e) {
            long shortfall = e.requiredBytes() - e.availableBytes();
            if (shortfall <= 0 || catalog.free(shortfall) < shortfall) {
                throw e;
            }
            LOG.debug("freed kept projections for {} bytes", shortfall);
        }
    }

    /**
     * Natively from the materialised AMPLIFIED relationships when they are fresh and the projection
     * is theirs (every kind, no window, account level), else by aggregating the posts; a stale
     * materialisation is rebuilt in the background for the next request.
     */
    private ProjectedGraph project(Cypher.Statements tx, String graphName, Projection projection,
            Orientation orientation) {
        long started = System.nanoTime();
        boolean undirected = orientation == Orientation.UNDIRECTED;
        Cypher.Row row = null;
        boolean materialised = false;
        boolean filtered = false;
        // A build in progress holds the lock: aggregate the posts rather than wait for it.
        if (projection.equals(Projection.all(Level.ACCOUNT)) && amplified.readLock().tryLock()) {
            try {
                var marker = amplified.marker();
                if (amplified.isFresh() && marker.relationships() > 0) {
                    materialised = true;
                    filtered = !marker.everyAccount();
                    row = single(tx, queries.get(marker.everyAccount() ? CentralityQuery.PROJECT_AMPLIFIED_EVERY_ACCOUNT
                            : CentralityQuery.PROJECT_AMPLIFIED),
                            Map.of("graphName", graphName, "undirected", undirected));
                }
            } catch (RuntimeException e) {
                drop(graphName + "-unfiltered");
                throw e;
            } finally {
                amplified.readLock().unlock();
            }
        }
        if (!materialised) {
            if (projection.equals(Projection.all(Level.ACCOUNT))) {
                amplified.refreshInBackground();
            }
            var parameters = new HashMap<String, Object>();
            parameters.put("graphName", graphName);
            parameters.put("kinds", projection.kindLabels());
            parameters.put("from", projection.from() == null ? null : projection.from().atOffset(ZoneOffset.UTC));
            parameters.put("to", projection.to() == null ? null : projection.to().atOffset(ZoneOffset.UTC));
            parameters.put("undirected", undirected);
            row = single(tx, queries.get(projection.level().projectionQuery()), parameters);
        }
        var graph = row.isNull("graphName") ? new ProjectedGraph(graphName, 0, 0, materialised, false)
                : new ProjectedGraph(graphName, row.asLong("nodes"), row.asLong("relationships"), materialised, false);
        LOG.debug("{}: projected {} nodes, {} relationships{} in {} ms", graphName, graph.nodes(),
                graph.relationships(), materialised ? " from AMPLIFIED" + (filtered ? " (filtered)" : "") : "",
                (System.nanoTime() - started) / 1_000_000);
        return graph;
    }

    /** The one row of a statement that returns exactly one. */
    private static Cypher.Row single(Cypher.Statements tx, String statement, Map<String, Object> parameters) {
        var rows = tx.query(statement, parameters);
        if (rows.size() != 1) {
            throw new IllegalStateException("Expected one row, got " + rows.size());
        }
        return Cypher.Row.of(rows.get(0));
    }

    /**
     * Gives up a computation the caller no longer waits for: it is not started if still queued,
     * else its transaction is terminated and its projection, unless kept already, dropped now (an
     * algorithm still running keeps its own reference to the graph). The worker is not interrupted: an interrupted thread
     * cannot talk to the database, so its own drop would fail ("Retries interrupted") and leave the
     * projection in the catalog, which GDS keeps for the life of the JVM. The worker drops again
     * when it ends, for a projection that was still being built now.
     */
    private void abandon(Future<?> future, String computation) {
        future.cancel(false);
        uninterrupted(() -> {
            terminate(computation);
            if (catalog.abandon(computation)) {
                drop(computation);
            }
        });
    }

    /** Runs {@code action} with the thread's interrupt flag cleared, and restores it afterwards. */
    private static void uninterrupted(Runnable action) {
        boolean interrupted = Thread.interrupted();
        try {
            action.run();
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void drop(String graphName) {
        try {
            cypher.write(tx -> tx.run(queries.get(CentralityQuery.DROP_GRAPH), Map.of("graphName", graphName)));
            LOG.debug("{}: dropped (graph version now {})", graphName, version.current());
        } catch (RuntimeException e) {
            LOG.warn("Could not drop projection {}: {}", graphName, e.getMessage());
        }
    }

    private void terminate(String graphName) {
        try {
            cypher.write(tx -> tx.run(queries.get(CentralityQuery.TERMINATE_COMPUTATION),
                    Map.of("computation", graphName)));
        } catch (RuntimeException e) {
            LOG.warn("Could not terminate computation {}: {}", graphName, e.getMessage());
        }
    }

    /**
     * GDS refusing for memory becomes {@link InsufficientMemoryException}, whichever way the
     * statement ran (the driver's ClientException, the embedded API's QueryExecutionException: both
     * carry GDS's message); runtime failures pass as they are.
     */
    static RuntimeException translate(Throwable cause) {
        if (cause instanceof RuntimeException refused && !(cause instanceof InsufficientMemoryException)
                && refused.getMessage() != null && refused.getMessage().contains("estimated memory")) {
            return new InsufficientMemoryException("Graph Data Science refused the computation: "
                    + refused.getMessage().replaceAll("(?s).*?(Procedure was blocked)", "$1"), -1, -1);
        }
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        return new IllegalStateException(cause);
    }

    @PreDestroy
    void stop() {
        sweeper.shutdownNow();
        workers.shutdownNow();
    }
}
