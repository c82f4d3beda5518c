package org.metoodiffusion.lookup;

import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.metoodiffusion.api.JsonBody;
import org.metoodiffusion.store.GraphVersion;
import org.springframework.stereotype.Component;

/**
 * Posts as JSON, kept until the next write: each is kept with the {@link GraphVersion} it was read
 * at and served again only while that is still current, so the request after a write reads afresh.
 * With an external server (no version) nothing is kept.
 */
@Component
class PostJson {

    /** Posts kept at most; past that, all go (the next requests read them again). */
    static final int MAX_POSTS = 10_000;

    private record Kept(long version, JsonBody body) {
    }

    private final ConcurrentHashMap<String, Kept> posts = new ConcurrentHashMap<>();
    private final LookupService lookup;
    private final ObjectMapper json;
    private final GraphVersion version;

    PostJson(LookupService lookup, ObjectMapper json, GraphVersion version) {
        this.lookup = lookup;
        this.json = json;
        this.version = version;
    }

    JsonBody post(String id) {
        var current = version.current();
        if (current.isEmpty()) {
            return JsonBody.of(json, lookup.post(id));
        }
        long at = current.getAsLong();
        var kept = posts.get(id);
        if (kept != null && kept.version() == at) {
            return kept.body();
        }
        var body = JsonBody.of(json, lookup.post(id));
        if (posts.size() >= MAX_POSTS) {
            posts.clear();
        }
        posts.put(id, new Kept(at, body));
        return body;
    }
}
