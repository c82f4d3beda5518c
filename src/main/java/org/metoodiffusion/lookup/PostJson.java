package org.metoodiffusion.lookup;

import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.metoodiffusion.api.JsonBody;
import org.metoodiffusion.store.EmbeddedNeo4j;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.storageengine.api.TransactionIdStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Posts as JSON, kept until the next write: each is kept with the id of the last transaction
 * closed before it was read, and served again only while that is still the last one. Closed, not
 * merely committed: a transaction counts as committed before its writes reach the store, and a
 * read in that gap would keep the old post under the new id. A write returns to its caller only
 * once closed, so the request after it reads afresh. With an external server (no such id) nothing
 * is kept.
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
    private final ObjectProvider<EmbeddedNeo4j> embedded;
    private volatile TransactionIdStore transactions;

    PostJson(LookupService lookup, ObjectMapper json, ObjectProvider<EmbeddedNeo4j> embedded) {
        this.lookup = lookup;
        this.json = json;
        this.embedded = embedded;
    }

    JsonBody post(String id) {
        var store = transactions();
        if (store == null) {
            return JsonBody.of(json, lookup.post(id));
        }
        long version = store.getLastClosedTransactionId();
        var kept = posts.get(id);
        if (kept != null && kept.version() == version) {
            return kept.body();
        }
        var body = JsonBody.of(json, lookup.post(id));
        if (posts.size() >= MAX_POSTS) {
            posts.clear();
        }
        posts.put(id, new Kept(version, body));
        return body;
    }

    private TransactionIdStore transactions() {
        var store = transactions;
        if (store == null) {
            var database = embedded.getIfAvailable();
            if (database == null) {
                return null;
            }
            store = ((GraphDatabaseAPI) database.database()).getDependencyResolver()
                    .resolveDependency(TransactionIdStore.class);
            transactions = store;
        }
        return store;
    }
}
