package org.metoodiffusion.centrality;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * Computed results by graph version, projection, measure and parameters. A result is computed
 * once however many requests ask for it at the same time (they wait for the first); a failed
 * computation is not kept. When the graph version changes every entry goes; beyond
 * {@code metoo.centrality.cache-entries} the oldest goes.
 */
@Component
class ResultCache {

    /** What identifies a result; {@code parameters} holds the effective ones (defaults filled in). */
    record Key(Object version, Projection projection, String what, AlgorithmParameters parameters) {
    }

    /** A result, and whether it was there already (false: this request computed it). */
    record Hit<T>(T value, boolean cached) {
    }

    private final ConcurrentHashMap<Key, CompletableFuture<Object>> entries = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Key> order = new ConcurrentLinkedQueue<>();
    private final int maxEntries;
    private volatile Object version;

    ResultCache(CentralitySettings settings) {
        this.maxEntries = settings.cacheEntries();
    }

    @SuppressWarnings("unchecked")
    <T> Hit<T> get(Key key, Supplier<T> compute) {
        if (!Objects.equals(version, key.version())) {
            synchronized (this) {
                if (!Objects.equals(version, key.version())) {
                    entries.clear();
                    order.clear();
                    version = key.version();
                }
            }
        }
        var created = new CompletableFuture<Object>();
        var existing = entries.putIfAbsent(key, created);
        if (existing != null) {
            try {
                return new Hit<>((T) existing.join(), true);
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
            }
        }
        order.add(key);
        evict();
        try {
            T value = compute.get();
            created.complete(value);
            return new Hit<>(value, false);
        } catch (RuntimeException | Error e) {
            entries.remove(key, created);
            created.completeExceptionally(e);
            throw e;
        }
    }

    int size() {
        return entries.size();
    }

    private void evict() {
        while (entries.size() > maxEntries) {
            var oldest = order.poll();
            if (oldest == null) {
                return;
            }
            entries.remove(oldest);
        }
    }
}
