package org.metoodiffusion.amplified;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import jakarta.annotation.PreDestroy;
import org.metoodiffusion.cypher.QueryLibrary;
import org.metoodiffusion.cypher.QueryRows;
import org.metoodiffusion.store.GraphVersion;
import org.metoodiffusion.store.WriteTarget;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The account amplification graph materialised in the database: one
 * {@code (amplifier:Account)-[:AMPLIFIED {retweets, replies, quotes, mentions, count}]->(amplified:Account)}
 * per ordered pair, aggregated from the posts and INTERACTED edges. Centrality projects it natively
 * instead of aggregating a million posts per request (GDS's advice for Cypher-shaped projections:
 * materialise the transformed network first); researchers can query it in Cypher.
 *
 * <p>It is derived data, valid for one state of the graph: the build records the embedded
 * database's last committed transaction id it leaves behind ({@code amplified/mark.cypher}), and
 * it is fresh exactly while that is still the current one. Any later write (an import, a Cypher
 * statement, a write-mode score) makes it stale, and projections aggregate the posts again until
 * it is rebuilt. A build counts its own commits, so a write of someone else's during the build
 * leaves it stale rather than wrong. Only on an embedded database, whose transaction id is cheap to
 * read; on an external server nothing is materialised.
 */
@Component
public class AmplifiedGraph {

    private static final Logger LOG = LoggerFactory.getLogger(AmplifiedGraph.class);
    private static final int BATCH = 10_000;

    private final GraphVersion version;
    private final WriteTarget writes;
    private final QueryRows rows;
    private final QueryLibrary queries;
    private final boolean refreshAutomatically;
    /** Projections read under the read lock; a build deletes and creates under the write lock. */
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
        var thread = new Thread(runnable, "amplified-graph-refresh");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean refreshQueued = new AtomicBoolean();
    /** The version the AMPLIFIED relationships were built from, as recorded; null before it is read. */
    private volatile Marker marker;

    AmplifiedGraph(GraphVersion version, WriteTarget writes, QueryRows rows, QueryLibrary queries,
            @Value("${metoo.centrality.refresh-amplified:true}") boolean refreshAutomatically) {
        this.version = version;
        this.writes = writes;
        this.rows = rows;
        this.queries = queries;
        this.refreshAutomatically = refreshAutomatically;
    }

    /**
     * What a build left: the graph version it is valid for and its relationship count.
     *
     * @param version       the last committed transaction id after the build
     * @param relationships AMPLIFIED relationships
     * @param everyAccount  whether every account has one
     */
    public record Marker(long version, long relationships, boolean everyAccount) {

        static final Marker NONE = new Marker(-1, 0, false);
    }

    /** Whether the AMPLIFIED relationships describe the graph as it is now. */
    public boolean isFresh() {
        OptionalLong current = version.current();
        return current.isPresent() && marker().version() == current.getAsLong();
    }

    /** The last build's record ({@link Marker#NONE} if there was none). */
    public Marker marker() {
        var known = marker;
        if (known == null && version.current().isPresent()) {
            var found = new ArrayList<Marker>();
            rows.forEach("amplified/marker", Map.of(), row -> found.add(new Marker(row.number("version"),
                    row.number("relationships"), row.isTrue("everyAccount"))));
            known = found.isEmpty() ? Marker.NONE : found.get(0);
            marker = known;
        }
        return known == null ? Marker.NONE : known;
    }

    /** Held while a projection reads the AMPLIFIED relationships, so that no build deletes them meanwhile. */
    public Lock readLock() {
        return lock.readLock();
    }

    /** After the server started: a build in the background if the graph changed since the last one. */
    @EventListener
    void serverReady(ApplicationReadyEvent event) {
        if (event.getApplicationContext() instanceof WebServerApplicationContext) {
            refreshInBackground();
        }
    }

    /** Queues a build if automatic refresh is on, the graph is embedded and stale, and none is queued yet. */
    public void refreshInBackground() {
        if (!refreshAutomatically || version.current().isEmpty() || isFresh() || !refreshQueued.compareAndSet(false, true)) {
            return;
        }
        background.execute(() -> {
            refreshQueued.set(false);
            try {
                refresh();
            } catch (RuntimeException e) {
                LOG.warn("Could not build the AMPLIFIED relationships: {}", e.getMessage());
            }
        });
    }

    /**
     * Builds the AMPLIFIED relationships again unless they are fresh: deletes the old ones, writes
     * the pairs in batches of {@value #BATCH}, records the version in the last batch's transaction.
     *
     * @return the record, fresh unless someone else wrote meanwhile
     */
    public synchronized Marker refresh() {
        OptionalLong current = version.current();
        if (current.isEmpty()) {
            throw new IllegalStateException("The AMPLIFIED relationships are materialised on an embedded database only");
        }
        if (isFresh()) {
            return marker();
        }
        long started = System.nanoTime();
        lock.writeLock().lock();
        try {
            marker = Marker.NONE;
            writes.inTransaction(tx -> tx.run(queries.get("amplified/prepare"), Map.of()));
            long before = version.current().getAsLong();
            long commits = 0;
            String delete = queries.get("amplified/delete-batch");
            long deleted;
            do {
                deleted = writes.inTransaction(tx -> tx.run(delete, Map.of("batch", BATCH))).relationshipsDeleted();
                commits += deleted > 0 ? 1 : 0;
            } while (deleted == BATCH);
            String create = queries.get("amplified/create-batch");
            var batch = new ArrayList<Map<String, Object>>(BATCH);
            var created = new long[] {0, 0};
            rows.forEach("amplified/pairs", Map.of(), row -> {
                batch.add(Map.of("source", row.string("source"), "target", row.string("target"),
                        "retweets", row.number("retweets"), "replies", row.number("replies"),
                        "quotes", row.number("quotes"), "mentions", row.number("mentions")));
                if (batch.size() == BATCH) {
                    created[0] += write(create, batch, null);
                    created[1]++;
                    batch.clear();
                }
            });
            long pairs = created[0] + batch.size();
            commits += created[1] + 1;
            long millis = (System.nanoTime() - started) / 1_000_000;
            write(create, batch, Map.of("version", before + commits, "pairs", pairs, "millis", millis));
            marker = null;
            var recorded = marker();
            LOG.info("AMPLIFIED: {} relationships built in {} ms{}", pairs, millis,
                    isFresh() ? "" : "; the graph changed meanwhile, so they are stale already");
            return recorded;
        } catch (RuntimeException e) {
            marker = null;
            throw e;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** One transaction: a batch of pairs, and the marker if given. */
    private long write(String create, List<Map<String, Object>> batch, Map<String, Object> mark) {
        return writes.inTransaction(tx -> {
            if (!batch.isEmpty()) {
                tx.run(create, Map.of("pairs", batch));
            }
            if (mark != null) {
                tx.run(queries.get("amplified/mark"), mark);
            }
        }).relationshipsCreated();
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }
}
