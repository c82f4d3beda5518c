package org.metoodiffusion.centrality;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

import jakarta.annotation.PreDestroy;
import org.metoodiffusion.amplified.AmplifiedGraph;
import org.metoodiffusion.amplified.AmplifiedGraph.AmplifiedBuilt;
import org.metoodiffusion.store.EmbeddedNeo4j;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Makes the projection most requests use (accounts, every kind, no window, directed: PageRank,
 * ArticleRank, degree, betweenness...) before any request asks for it, from the AMPLIFIED
 * relationships as soon as they describe the graph: after start and after every build of them. So
 * the first request after a change pays only for its algorithm, where igraph pays for reading its
 * edge file and building its graph: the projection alone (about 1 s on 256,000 accounts) takes
 * longer than igraph's whole run. A request that comes while it is being made waits for it rather
 * than make a second one. It holds the graph in the heap for requests that may never come, so it
 * is made only by a server (a command ends after its work) on the embedded database, with
 * {@code metoo.centrality.project-ahead} on and projections kept at all, and only when GDS's
 * estimate of a PageRank over it needs at most half the memory a computation may use (the memory
 * guard's limit): the other half stays for the computations themselves.
 */
@Component
public class ProjectionAhead {

    private static final Logger LOG = LoggerFactory.getLogger(ProjectionAhead.class);
    private static final Projection PROJECTION = Projection.all(Level.ACCOUNT);
    private static final Orientation ORIENTATION = Measure.PAGE_RANK.orientation();

    private final GraphDataScience gds;
    private final MemoryGuard memory;
    private final AmplifiedGraph amplified;
    private final boolean enabled;
    private final Duration timeout;
    private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
        var thread = new Thread(runnable, "centrality-projection-ahead");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        return thread;
    });

    ProjectionAhead(GraphDataScience gds, MemoryGuard memory, AmplifiedGraph amplified,
            ObjectProvider<EmbeddedNeo4j> embedded, CentralitySettings settings, ApplicationContext context) {
        this.gds = gds;
        this.memory = memory;
        this.amplified = amplified;
        // A command (import, trace) ends after its work: a projection would only delay its exit.
        this.enabled = settings.projectAhead() && settings.projections() > 0 && embedded.getIfAvailable() != null
                && context instanceof WebServerApplicationContext;
        this.timeout = settings.timeout();
    }

    /** A build of AMPLIFIED ended fresh: the projection is made from it in the background. */
    @EventListener
    void amplifiedBuilt(AmplifiedBuilt event) {
        if (!enabled) {
            return;
        }
        try {
            background.execute(this::makeIfFresh);
        } catch (RejectedExecutionException e) {
            // stopping
        }
    }

    /**
     * Makes the projection on the calling thread if it is to be made and is neither kept nor being
     * made; returns whether it is kept now. Failures are logged, not thrown: it is an optimisation.
     */
    boolean makeIfFresh() {
        if (!enabled || !amplified.isFresh() || amplified.marker().relationships() == 0
                || gds.keptOrMaking(PROJECTION, ORIENTATION)) {
            return false;
        }
        long started = System.nanoTime();
        try {
            boolean kept = gds.projectAhead(PROJECTION, ORIENTATION, timeout, () -> memory.checkHalf(
                    "A projection made ahead", PROJECTION, ORIENTATION, Measure.PAGE_RANK.procedure().estimate(),
                    nodes -> Map.of()));
            // Kept by this or by a request that came first, whose projection it waited for.
            LOG.info("Centrality: the accounts' projection {} ahead of requests after {} ms", kept ? "kept" : "not kept",
                    (System.nanoTime() - started) / 1_000_000);
            return kept;
        } catch (InsufficientMemoryException e) {
            LOG.info("Centrality: no projection made ahead of requests: {}", e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("Centrality: the projection ahead of requests failed: {}", e.getMessage());
        }
        return false;
    }

    /**
     * Waits, at most {@code limit}, until the projection is kept for the graph as it is now; returns
     * whether it is. For benchmarks that time the first request after a change once the server has
     * made it.
     */
    public boolean awaitKept(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!gds.isKept(PROJECTION, ORIENTATION)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }
}
