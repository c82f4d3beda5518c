package org.metoodiffusion.centrality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The projections kept in the GDS catalog between computations, so that a request with new
 * parameters on an unchanged graph pays only for its algorithm, as GDS's own guidance has it
 * (project once, run many algorithms). A projection is kept under the graph version it was made
 * on and retired as soon as that version is no longer current (any write), beyond
 * {@code maxEntries}, or when a computation needs its memory, least recently used first. A
 * retired projection still in use by a computation is dropped when that computation releases it,
 * never under it. Nothing is kept when the graph has no version (an external server: no cheap
 * signal of a write). A computation that needs a projection another one is making waits for that
 * one ({@link #makeOrWait}) rather than making a second copy beside it.
 */
final class ProjectionCatalog {

    /** What a kept projection is: the same projection and orientation on the same graph version. */
    record Key(long version, Projection projection, Orientation orientation) {
    }

    /** A kept projection lent to one computation; give it back with {@link #release}. */
    record Lease(Key key, ProjectedGraph graph) {
    }

    private static final class Entry {
        final ProjectedGraph graph;
        final long bytes;
        int users;

        Entry(ProjectedGraph graph, long bytes) {
            this.graph = graph;
            this.bytes = bytes;
        }
    }

    private final int maxEntries;
    private final Consumer<String> drop;
    /** In order of last use, least recent first; all made on {@link #current}. */
    private final LinkedHashMap<Key, Entry> kept = new LinkedHashMap<>(16, 0.75f, true);
    /** Retired while in use: dropped at their last release. */
    private final Map<String, Entry> retiredInUse = new HashMap<>();
    /** Projections of computations given up on timeout: never kept, whatever their worker does later. */
    private final Set<String> abandoned = new HashSet<>();
    /** Keys whose projection a computation is making now; completed when it is kept or given up. */
    private final Map<Key, CompletableFuture<Void>> making = new HashMap<>();
    /** The graph version the last computation started on or the last sweep saw; every kept projection's. */
    private long current = Long.MIN_VALUE;

    /** @param drop removes a projection from the GDS catalog (called outside this object's lock) */
    ProjectionCatalog(int maxEntries, Consumer<String> drop) {
        this.maxEntries = maxEntries;
        this.drop = drop;
    }

    /**
     * The kept projection for {@code key}, lent to the caller, or null. A computation calls it
     * first: its version becomes the current one.
     */
    Lease acquire(Key key) {
        var dropping = new ArrayList<String>();
        Lease lease = null;
        synchronized (this) {
            moveTo(key.version(), dropping);
            var entry = kept.get(key);
            if (entry != null) {
                entry.users++;
                lease = new Lease(key, entry.graph);
            }
        }
        dropping.forEach(drop);
        return lease;
    }

    /**
     * For a computation that found nothing kept for {@code key}: null when it is to make the
     * projection itself (call {@link #made} when it is kept or given up), else the making under way
     * to wait for before asking {@link #acquire} again.
     */
    synchronized CompletableFuture<Void> makeOrWait(Key key) {
        var underWay = making.get(key);
        if (underWay != null) {
            return underWay;
        }
        making.put(key, new CompletableFuture<>());
        return null;
    }

    /** The projection for {@code key} is kept, or will not be: computations waiting for it go on. */
    void made(Key key) {
        CompletableFuture<Void> done;
        synchronized (this) {
            done = making.remove(key);
        }
        if (done != null) {
            done.complete(null);
        }
    }

    synchronized boolean isKept(Key key) {
        return kept.containsKey(key);
    }

    /** Whether a projection for {@code key} is kept or being made. */
    synchronized boolean keptOrMaking(Key key) {
        return kept.containsKey(key) || making.containsKey(key);
    }

    /** Gives back a lent projection; it is dropped now if it was retired meanwhile. */
    void release(Lease lease) {
        String name = lease.graph().name();
        synchronized (this) {
            var entry = kept.get(lease.key());
            if (entry != null && entry.graph.name().equals(name)) {
                entry.users--;
                return;
            }
            var retired = retiredInUse.get(name);
            if (retired == null || --retired.users > 0) {
                return;
            }
            retiredInUse.remove(name);
        }
        drop.accept(name);
    }

    /**
     * Keeps a projection a computation has just made and used; false (the caller drops it) when
     * another computation kept one for the same key first, another computation started on another
     * version since, or the computation was abandoned.
     */
    boolean keep(Key key, ProjectedGraph graph, long bytes) {
        var dropping = new ArrayList<String>();
        synchronized (this) {
            if (abandoned.remove(graph.name()) || key.version() != current || kept.containsKey(key)) {
                return false;
            }
            kept.put(key, new Entry(graph, bytes));
            while (kept.size() > maxEntries) {
                retire(kept.keySet().iterator().next(), dropping);
            }
        }
        dropping.forEach(drop);
        return true;
    }

    /**
     * Marks a computation's projection as given up on: it will not be kept. Returns whether the
     * caller should drop it now (false: it is kept already, made before the computation timed out).
     */
    synchronized boolean abandon(String graphName) {
        if (kept.values().stream().anyMatch(entry -> entry.graph.name().equals(graphName))) {
            return false;
        }
        abandoned.add(graphName);
        return true;
    }

    /** Forgets an abandoned mark once the computation's worker has ended. */
    synchronized void ended(String graphName) {
        abandoned.remove(graphName);
    }

    /** Retires every projection not made on {@code version}; for writes noticed between requests. */
    void retireOtherThan(long version) {
        var dropping = new ArrayList<String>();
        synchronized (this) {
            moveTo(version, dropping);
        }
        dropping.forEach(drop);
    }

    /**
     * Retires least recently used projections that no computation uses until at least
     * {@code bytes} are freed or none is left; returns the bytes freed.
     */
    long free(long bytes) {
        long freed = 0;
        var dropping = new ArrayList<String>();
        synchronized (this) {
            for (var it = kept.values().iterator(); it.hasNext() && freed < bytes;) {
                var entry = it.next();
                if (entry.users == 0) {
                    it.remove();
                    dropping.add(entry.graph.name());
                    freed += entry.bytes;
                }
            }
        }
        dropping.forEach(drop);
        return freed;
    }

    synchronized int size() {
        return kept.size();
    }

    /**
     * Makes {@code version} the current one: a different one retires every projection kept (their
     * names go to {@code dropping}). Versions are compared for equality only: a build of derived
     * data can move {@code GraphVersion} back to the version of the data it was built from.
     */
    private void moveTo(long version, List<String> dropping) {
        if (version != current) {
            current = version;
            for (var key : List.copyOf(kept.keySet())) {
                retire(key, dropping);
            }
        }
    }

    private void retire(Key key, List<String> dropping) {
        var entry = kept.remove(key);
        if (entry.users > 0) {
            retiredInUse.put(entry.graph.name(), entry);
        } else {
            dropping.add(entry.graph.name());
        }
    }
}
