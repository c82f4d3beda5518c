package org.metoodiffusion.trace;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

import org.metoodiffusion.store.GraphVersion;
import org.springframework.stereotype.Service;

/**
 * Cascades by root and reconstruction. Extraction reads the whole cascade, so the last few are
 * kept, each under the {@link GraphVersion} it was read at: paging through nodes, comparing methods
 * or asking for paths costs one extraction until the graph changes.
 */
@Service
public class CascadeService {

    private static final int CACHED_CASCADES = 6;

    private final CascadeExtractor extractor;
    private final ReconstructionInputs reconstruction;
    private final GraphVersion version;
    private final Map<Key, Cascade> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Cascade> eldest) {
            return size() > CACHED_CASCADES;
        }
    };

    CascadeService(CascadeExtractor extractor, ReconstructionInputs reconstruction, GraphVersion version) {
        this.extractor = extractor;
        this.reconstruction = reconstruction;
        this.version = version;
    }

    public Cascade cascade(Root root, Reconstruction method) {
        OptionalLong now = version.current();
        if (now.isEmpty()) {
            return reconstruction.reconstruct(extractor.extract(root), method);
        }
        Key key = new Key(root, method, now.getAsLong());
        Cascade cached = cached(key);
        if (cached != null) {
            return cached;
        }
        Cascade platform = method == Reconstruction.PLATFORM ? null : cached(new Key(root, Reconstruction.PLATFORM, key.version()));
        if (platform == null) {
            platform = extractor.extract(root);
            store(new Key(root, Reconstruction.PLATFORM, key.version()), platform);
        }
        Cascade result = reconstruction.reconstruct(platform, method);
        store(key, result);
        return result;
    }

    public CascadeMetrics metrics(Root root, Reconstruction method) {
        return CascadeMetrics.of(cascade(root, method));
    }

    private Cascade cached(Key key) {
        synchronized (cache) {
            return cache.get(key);
        }
    }

    private void store(Key key, Cascade cascade) {
        synchronized (cache) {
            cache.keySet().removeIf(old -> old.version() != key.version());
            cache.put(key, cascade);
        }
    }

    private record Key(Root root, Reconstruction method, long version) {
    }
}
