package org.metoodiffusion.forecast;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.metoodiffusion.cypher.Cypher;
import org.metoodiffusion.store.GraphVersion;
import org.metoodiffusion.trace.Cascade;
import org.metoodiffusion.trace.CascadeService;
import org.metoodiffusion.trace.Level;
import org.metoodiffusion.trace.Reconstruction;
import org.metoodiffusion.trace.Root;
import org.springframework.stereotype.Component;

/**
 * The graph's cascades as a {@link ForecastCorpus}, per level: at post level the cascades of the
 * {@value #POST_ROOTS} most referenced original posts ({@code forecast/post-roots}), at account level
 * the activation cascades of the {@value #ACCOUNT_ROOTS} most interacted-with accounts
 * ({@code forecast/account-roots}), each traced by the {@link CascadeService} (platform record) and
 * read by {@link CascadeEvents}. Kept until the graph changes ({@link GraphVersion}; never with an external server). Costs one
 * cascade extraction per root the first time.
 */
@Component
class TrainingCorpus {

    public static final int POST_ROOTS = 300;
    public static final int ACCOUNT_ROOTS = 50;

    private final Cypher cypher;
    private final CascadeService cascades;
    private final CascadeEvents events;
    private final GraphVersion version;
    private final Map<Level, Cached> cache = new HashMap<>();

    TrainingCorpus(Cypher cypher, CascadeService cascades, CascadeEvents events, GraphVersion version) {
        this.cypher = cypher;
        this.cascades = cascades;
        this.events = events;
        this.version = version;
    }

    /** The corpus at a level, of the default number of roots. */
    ForecastCorpus of(Level level) {
        OptionalLong current = version.current();
        synchronized (cache) {
            var cached = cache.get(level);
            if (current.isPresent() && cached != null && cached.version() == current.getAsLong()) {
                return cached.corpus();
            }
        }
        var corpus = read(level, level == Level.ACCOUNT ? ACCOUNT_ROOTS : POST_ROOTS);
        if (current.isPresent()) {
            synchronized (cache) {
                cache.put(level, new Cached(current.getAsLong(), corpus));
            }
        }
        return corpus;
    }

    /** The cascades of up to {@code limit} roots at the level, read now. */
    ForecastCorpus read(Level level, int limit) {
        List<String> roots = new ArrayList<>();
        cypher.read(level == Level.ACCOUNT ? ForecastQuery.ACCOUNT_ROOTS : ForecastQuery.POST_ROOTS,
                Map.of("minReferences", 1, "limit", limit), row -> roots.add(row.string("root")));
        List<ForecastCorpus.Entry> entries = new ArrayList<>();
        for (String id : roots) {
            var root = new Root(level == Level.ACCOUNT ? Root.Kind.ACCOUNT : Root.Kind.POST, id);
            var extracted = events.of(cascades.cascade(root, level, Reconstruction.PLATFORM));
            if (extracted != null) {
                entries.add(new ForecastCorpus.Entry(key(level, id), extracted.events()));
            }
        }
        return new ForecastCorpus(entries);
    }

    /** What a cascade is called in the corpus: its root post or root account; null for a virtual root. */
    static String key(Cascade cascade) {
        if (cascade.level() == Level.ACCOUNT) {
            return key(Level.ACCOUNT, cascade.accountId(cascade.author(0)));
        }
        return cascade.post(0) == null ? null : key(Level.POST, cascade.post(0));
    }

    private static String key(Level level, String id) {
        return (level == Level.ACCOUNT ? "account:" : "post:") + id;
    }

    private record Cached(long version, ForecastCorpus corpus) {
    }
}
