package org.metoodiffusion.centrality;

import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.metoodiffusion.api.JsonBody;
import org.springframework.stereotype.Component;

/**
 * Ranking pages as JSON bytes, written once per cached result and page. Jackson writing a top 100
 * (a hundred doubles and their field names) was most of a cached request; a kept page is a map
 * lookup.
 * <p>
 * Pages are kept by the identity of the {@link MeasureResult} they were written from, never by
 * what was asked: a write to the graph moves the graph version, {@link ResultCache} then computes
 * a new result, and the next request misses here and shows the new scores. The result is held
 * weakly, so a result the cache has dropped is not kept alive by its pages. Only answers from the
 * cache are kept (the answer that computed a result says {@code "cached": false}, once).
 */
@Component
class RankingPageJson {

    /** Pages kept at most; past that, those of dropped results go, then all. */
    static final int MAX_PAGES = 256;

    private final ConcurrentHashMap<PageKey, JsonBody> pages = new ConcurrentHashMap<>();
    private final CentralityService centrality;
    private final ObjectMapper json;

    RankingPageJson(CentralityService centrality, ObjectMapper json) {
        this.centrality = centrality;
        this.json = json;
    }

    /** The page of {@code measure}'s ranking as JSON, as {@link CentralityService#top} answers it. */
    JsonBody top(Projection projection, Measure measure, MeasureParameters parameters, Duration timeout, Page page) {
        var hit = centrality.scores(projection, measure, parameters, timeout);
        if (!hit.cached()) {
            return JsonBody.of(json, CentralityService.page(hit, page));
        }
        var key = new PageKey(hit.value(), page);
        var kept = pages.get(key);
        if (kept != null) {
            return kept;
        }
        var body = JsonBody.of(json, CentralityService.page(hit, page));
        if (pages.size() >= MAX_PAGES) {
            pages.keySet().removeIf(PageKey::dropped);
            if (pages.size() >= MAX_PAGES) {
                pages.clear();
            }
        }
        pages.putIfAbsent(key, body);
        return body;
    }

    /** A page of one result, the result compared by identity and held weakly. */
    private static final class PageKey {

        private final WeakReference<MeasureResult> result;
        private final int identity;
        private final Page page;

        PageKey(MeasureResult result, Page page) {
            this.result = new WeakReference<>(result);
            this.identity = System.identityHashCode(result);
            this.page = page;
        }

        boolean dropped() {
            return result.get() == null;
        }

        @Override
        public boolean equals(Object other) {
            if (!(other instanceof PageKey key)) {
                return false;
            }
            var mine = result.get();
            return mine != null && mine == key.result.get() && page.equals(key.page);
        }

        @Override
        public int hashCode() {
            return 31 * identity + page.hashCode();
        }
    }
}
