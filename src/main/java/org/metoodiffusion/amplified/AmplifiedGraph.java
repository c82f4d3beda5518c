package org.metoodiffusion.amplified;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import jakarta.annotation.PreDestroy;
import org.metoodiffusion.cypher.Cypher;
import org.metoodiffusion.cypher.QueryLibrary;
import org.metoodiffusion.store.GraphVersion;
import org.metoodiffusion.store.WriteGate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
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
 * read; on an external server nothing is materialised. A bulk import writes them with the store
 * and marks them fresh once the database is settled ({@link BulkAmplified}), so none is built here.
 */
@Component
public class AmplifiedGraph {

    private static final Logger LOG = LoggerFactory.getLogger(AmplifiedGraph.class);
    /** The kinds counted, as centrality's projections name them. */
    private static final List<String> KINDS = List.of("retweet", "reply", "quote", "mention");

    private final GraphVersion version;
    private final Cypher cypher;
    private final WriteGate gate;
    private final QueryLibrary queries;
    private final boolean refreshAutomatically;
    private final int batch;
    private final ApplicationEventPublisher events;
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
    /** The graph version the last build ended at: no automatic build again before the graph changes. */
    private volatile long attempted = -1;

    AmplifiedGraph(GraphVersion version, Cypher cypher, WriteGate gate, QueryLibrary queries,
            ApplicationEventPublisher events,
            @Value("${metoo.centrality.refresh-amplified:true}") boolean refreshAutomatically,
            @Value("${metoo.centrality.amplified-batch:10000}") int batch) {
        this.events = events;
        this.version = version;
        this.cypher = cypher;
        this.gate = gate;
        this.queries = queries;
        this.refreshAutomatically = refreshAutomatically;
        this.batch = batch;
        version.readDerivedRecordWith(this::marker);
    }

    /** Published when a build has ended and left the AMPLIFIED relationships fresh. */
    public record AmplifiedBuilt(Marker marker) {
    }

    /**
     * What a build left: the graph version it is valid for and its relationship count.
     *
     * @param version       the last committed transaction id after the build
     * @param dataVersion   the data's version before it (the build writes derived data only)
     * @param relationships AMPLIFIED relationships
     * @param everyAccount  whether every account has one
     */
    public record Marker(long version, long dataVersion, long relationships, boolean everyAccount) {

        static final Marker NONE = new Marker(-1, -1, 0, false);

        /** The marker as stored ({@link #NONE} if there is none). */
        static Marker read(Cypher cypher) {
            return cypher.first(AmplifiedQuery.MARKER, Map.of(), row -> new Marker(row.number("version"),
                    orNone(row.number("dataVersion")), row.number("relationships"), row.isTrue("everyAccount")))
                    .orElse(NONE);
        }
    }

    /** Whether the AMPLIFIED relationships describe the graph as it is now. */
    public boolean isFresh() {
        OptionalLong current = version.lastClosed();
        return current.isPresent() && marker().version() == current.getAsLong();
    }

    /** The last build's record ({@link Marker#NONE} if there was none). */
    public Marker marker() {
        var known = marker;
        if (known == null && version.lastClosed().isPresent()) {
            known = Marker.read(cypher);
            marker = known;
            // Results cached on the data before the build stay valid after it.
            version.derivedOnly(known.version(), known.dataVersion());
        }
        return known == null ? Marker.NONE : known;
    }

    private static long orNone(Long version) {
        return version == null ? -1 : version;
    }

    /**
     * A bulk import's settling has just marked the relationships it wrote ({@link BulkAmplified}):
     * the record is read again and, when fresh, {@link AmplifiedBuilt} published.
     */
    public void bulkSettled() {
        marker = null;
        var settled = marker();
        if (isFresh()) {
            events.publishEvent(new AmplifiedBuilt(settled));
        }
    }

    /** Held while a projection reads the AMPLIFIED relationships, so that no build deletes them meanwhile. */
    public Lock readLock() {
        return lock.readLock();
    }

    /**
     * Queues a build if automatic refresh is on, the graph is embedded and stale, it changed since
     * the last build ended (a build that failed or ended stale is not retried on the same graph),
     * and none is queued yet.
     */
    public void refreshInBackground() {
        OptionalLong current = version.lastClosed();
        if (!refreshAutomatically || current.isEmpty() || current.getAsLong() == attempted || isFresh()
                || !refreshQueued.compareAndSet(false, true)) {
            return;
        }
        try {
            background.execute(() -> {
                refreshQueued.set(false);
                try {
                    refresh();
                } catch (RuntimeException e) {
                    LOG.warn("Could not build the AMPLIFIED relationships: {}", e.getMessage());
                }
            });
        } catch (RejectedExecutionException e) {
            refreshQueued.set(false);
        }
    }

    /**
     * Builds the AMPLIFIED relationships again unless they are fresh: deletes the old ones, writes
     * the pairs in batches, records the version in the last batch's transaction. It holds the
     * {@link WriteGate} meanwhile, so it waits for the application's writes under way and they
     * wait for it. A pair it could not write leaves the relationships stale (version -1).
     *
     * @return the record, fresh unless someone else wrote meanwhile
     */
    public synchronized Marker refresh() {
        if (version.lastClosed().isEmpty()) {
            throw new IllegalStateException("The AMPLIFIED relationships are materialised on an embedded database only");
        }
        if (isFresh()) {
            return marker();
        }
        var built = build();
        if (isFresh()) {
            events.publishEvent(new AmplifiedBuilt(built));
        }
        return built;
    }

    private Marker build() {
        gate.build().lock();
        lock.writeLock().lock();
        try {
            if (isFresh()) {
                return marker();
            }
            long started = System.nanoTime();
            long dataVersion = version.current().getAsLong();
            marker = Marker.NONE;
            cypher.write(tx -> tx.run(queries.get(AmplifiedQuery.PREPARE), Map.of()));
            long before = version.lastClosed().getAsLong();
            long commits = 0;
            String delete = queries.get(AmplifiedQuery.DELETE_BATCH);
            long deleted;
            do {
                deleted = cypher.write(tx -> tx.run(delete, Map.of("batch", batch))).relationshipsDeleted();
                commits += deleted > 0 ? 1 : 0;
            } while (deleted == batch);
            var pairs = new Pairs();
            cypher.read(AmplifiedQuery.PAIRS, Map.of("kinds", KINDS), pairs::add);
            commits += pairs.commits + 1;
            long millis = (System.nanoTime() - started) / 1_000_000;
            // A transaction that created nothing has no id of its own: the count would be off.
            boolean complete = pairs.created + pairs.rows.size() == pairs.read;
            pairs.write(Map.of("version", complete ? before + commits : -1, "dataVersion", dataVersion,
                    "pairs", pairs.read, "millis", millis));
            marker = null;
            var recorded = marker();
            if (pairs.created != pairs.read) {
                LOG.warn("AMPLIFIED: {} of {} pairs could not be written; left stale", pairs.read - pairs.created,
                        pairs.read);
            } else {
                LOG.info("AMPLIFIED: {} relationships built in {} ms{}", pairs.created, millis,
                        isFresh() ? "" : "; the graph changed meanwhile, so they are stale already");
            }
            return recorded;
        } catch (RuntimeException e) {
            marker = null;
            throw e;
        } finally {
            attempted = version.lastClosed().orElse(-1);
            lock.writeLock().unlock();
            gate.build().unlock();
        }
    }

    /** The pairs read so far, written a batch per transaction. */
    private final class Pairs {
        private final String create = queries.get(AmplifiedQuery.CREATE_BATCH);
        private final List<Map<String, Object>> rows = new ArrayList<>(batch);
        private long read;
        private long created;
        private long commits;

        void add(Cypher.Row row) {
            rows.add(Map.of("source", row.string("source"), "target", row.string("target"),
                    "retweets", row.number("retweets"), "replies", row.number("replies"),
                    "quotes", row.number("quotes"), "mentions", row.number("mentions")));
            read++;
            if (rows.size() == batch) {
                commits += write(null) > 0 ? 1 : 0;
            }
        }

        /** Writes the rows held, and the marker if given, in one transaction; returns what it created. */
        long write(Map<String, Object> mark) {
            long written = cypher.write(tx -> {
                if (!rows.isEmpty()) {
                    tx.run(create, Map.of("pairs", rows));
                }
                if (mark != null) {
                    var marked = new HashMap<>(mark);
                    marked.put("everyAccount", everyAccount(tx, queries));
                    tx.run(queries.get(AmplifiedQuery.MARK), marked);
                }
            }).relationshipsCreated();
            created += written;
            rows.clear();
            return written;
        }
    }

    /** Whether every account has an AMPLIFIED relationship, seen from within {@code tx}. */
    static boolean everyAccount(Cypher.Statements tx, QueryLibrary queries) {
        return Boolean.TRUE.equals(tx.query(queries.get(AmplifiedQuery.EVERY_ACCOUNT), Map.of()).get(0)
                .get("everyAccount"));
    }

    /** Waits a little for a build under way, which the database is about to close under. */
    @PreDestroy
    void stop() throws InterruptedException {
        background.shutdownNow();
        background.awaitTermination(10, TimeUnit.SECONDS);
    }
}
