package org.metoodiffusion.trace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.metoodiffusion.api.BadRequestException;
import org.metoodiffusion.store.GraphVersion;
import org.springframework.stereotype.Service;

/**
 * Cascades by root, level and reconstruction. Extraction reads the whole cascade, so the last few are
 * kept, each under the {@link GraphVersion} it was read at: paging through nodes, comparing methods
 * or asking for paths costs one extraction until the graph changes. The level is chosen for the root
 * when not given ({@link TraceLevels}): post level through {@link CascadeExtractor}, account level
 * through {@link AccountCascadeExtractor}.
 */
@Service
public class CascadeService {

    public static final int MAX_PAGE_SIZE = 10_000;
    public static final int MAX_TOP = 1_000;
    private static final int CACHED_CASCADES = 6;

    private final CascadeExtractor extractor;
    private final AccountCascadeExtractor accountExtractor;
    private final TraceLevels levels;
    private final ReconstructionInputs reconstruction;
    private final GraphVersion version;
    private final Map<Key, Cascade> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Cascade> eldest) {
            return size() > CACHED_CASCADES;
        }
    };

    CascadeService(CascadeExtractor extractor, AccountCascadeExtractor accountExtractor, TraceLevels levels,
            ReconstructionInputs reconstruction, GraphVersion version) {
        this.extractor = extractor;
        this.accountExtractor = accountExtractor;
        this.levels = levels;
        this.reconstruction = reconstruction;
        this.version = version;
    }

    /** The cascade at the level chosen for the root. */
    public Cascade cascade(Root root, Reconstruction method) {
        return cascade(root, null, method);
    }

    /**
     * @param level post or account, or null to choose: account level for an account root with
     *              account-level interactions and no posts, post level otherwise
     * @throws BadRequestException      for a level or method that does not apply to the root
     * @throws org.metoodiffusion.api.NotFoundException when the root is not in the graph, or account
     *                                   level is asked for an account without interactions
     */
    public Cascade cascade(Root root, Level level, Reconstruction method) {
        Object current = version.current();
        Level resolved = levels.resolve(root, level, method);
        Key key = new Key(root, resolved, method, current);
        Cascade cached = cached(key);
        if (cached != null) {
            return cached;
        }
        if (resolved == Level.ACCOUNT) {
            Cascade activation = accountExtractor.extract(root);
            store(key, activation);
            return activation;
        }
        Key platformKey = new Key(root, resolved, Reconstruction.PLATFORM, current);
        Cascade platform = method == Reconstruction.PLATFORM ? null : cached(platformKey);
        if (platform == null) {
            platform = extractor.extract(root);
            store(platformKey, platform);
        }
        Cascade result = reconstruction.reconstruct(platform, method);
        store(key, result);
        return result;
    }

    public CascadeMetrics metrics(Root root, Reconstruction method) {
        return metrics(root, null, method);
    }

    /** @param level post or account, or null to choose ({@link #cascade(Root, Level, Reconstruction)}) */
    public CascadeMetrics metrics(Root root, Level level, Reconstruction method) {
        return CascadeMetrics.of(cascade(root, level, method));
    }

    /** Nodes {@code page * size ..} of the cascade; size 1..{@value #MAX_PAGE_SIZE}. */
    public NodePage nodes(Root root, Level level, Reconstruction method, int page, int size) {
        requirePage(page, size);
        Cascade cascade = cascade(root, level, method);
        long from = (long) page * size;
        List<CascadeNode> nodes = new ArrayList<>();
        for (long i = from; i < Math.min(cascade.size(), from + size); i++) {
            nodes.add(cascade.node((int) i));
        }
        return new NodePage(root.toString(), method.label(), cascade.level().label(), cascade.size(), page, size, nodes);
    }

    /**
     * Edges {@code page * size ..} of the cascade (parent to child; between accounts at account level);
     * size 1..{@value #MAX_PAGE_SIZE}.
     */
    public EdgePage edges(Root root, Level level, Reconstruction method, int page, int size) {
        requirePage(page, size);
        Cascade cascade = cascade(root, level, method);
        int[] children = IntStream.range(1, cascade.size()).filter(i -> cascade.parent(i) >= 0).toArray();
        List<CascadeEdge> edges = new ArrayList<>();
        for (long k = (long) page * size; k < Math.min(children.length, (long) page * size + size); k++) {
            CascadeNode child = cascade.node(children[(int) k]);
            String source = cascade.key(child.parent()) == null ? root.toString() : cascade.key(child.parent());
            edges.add(new CascadeEdge(source, cascade.key(child.index()), child.parent(), child.index(), child.link(),
                    child.basis(), child.time()));
        }
        return new EdgePage(root.toString(), method.label(), cascade.level().label(), children.length, page, size, edges);
    }

    private static void requirePage(int page, int size) {
        if (page < 0) {
            throw new BadRequestException("page must be 0 or more, was " + page);
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new BadRequestException("size must be 1.." + MAX_PAGE_SIZE + ", was " + size);
        }
    }

    /**
     * The cascade under each method: metrics and the top {@code top} accounts (1..{@value #MAX_TOP}).
     *
     * @param methods the methods, or null for every one that applies at the level (only platform at account level)
     */
    public List<MethodComparison> compare(Root root, Level level, List<Reconstruction> methods, int top) {
        if (top < 1 || top > MAX_TOP) {
            throw new BadRequestException("top must be 1.." + MAX_TOP + ", was " + top);
        }
        if (methods != null && methods.isEmpty()) {
            throw new BadRequestException("name at least one method to compare");
        }
        List<Reconstruction> compared = methods != null ? methods
                : levels.resolve(root, level, Reconstruction.PLATFORM) == Level.ACCOUNT
                        ? List.of(Reconstruction.PLATFORM) : List.of(Reconstruction.values());
        return compared.stream().distinct().map(method -> cascade(root, level, method))
                .map(cascade -> new MethodComparison(CascadeMetrics.of(cascade), TopAccounts.of(cascade, top)))
                .toList();
    }

    private Cascade cached(Key key) {
        synchronized (cache) {
            return cache.get(key);
        }
    }

    private void store(Key key, Cascade cascade) {
        synchronized (cache) {
            cache.keySet().removeIf(old -> !old.version().equals(key.version()));
            cache.put(key, cascade);
        }
    }

    private record Key(Root root, Level level, Reconstruction method, Object version) {
    }
}
