package org.metoodiffusion.ingest;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The nodes one batch's transaction touches, by key (account key, post id, hashtag), with their
 * node ids (element ids): those found in the graph at the start of the transaction, and those the
 * transaction created. An edge with an end created in the transaction cannot exist yet, so it is
 * created rather than merged.
 */
final class BatchNodes {

    private final Map<String, String> accounts = new HashMap<>();
    private final Set<String> createdAccounts = new HashSet<>();
    private final Map<String, String> posts = new HashMap<>();
    private final Set<String> createdPosts = new HashSet<>();
    private final Map<String, String> hashtags = new HashMap<>();

    /** Rows {@code key, node} of accounts found in the graph. */
    void foundAccounts(List<Map<String, Object>> rows) {
        put(rows, "key", accounts, null);
    }

    /** An account this import found or created in an earlier batch ({@link KnownAccounts}). */
    void foundAccount(String key, String node) {
        accounts.put(key, node);
    }

    void createdAccounts(List<Map<String, Object>> rows) {
        put(rows, "key", accounts, createdAccounts);
    }

    /** Every account key of the batch, found or created, to its node id. */
    Map<String, String> accounts() {
        return Collections.unmodifiableMap(accounts);
    }

    /** The keys of the accounts this batch's transaction created. */
    Set<String> createdAccounts() {
        return Collections.unmodifiableSet(createdAccounts);
    }

    /** Rows {@code id, node} of posts found in the graph. */
    void foundPosts(List<Map<String, Object>> rows) {
        put(rows, "id", posts, null);
    }

    void createdPosts(List<Map<String, Object>> rows) {
        put(rows, "id", posts, createdPosts);
    }

    /** Rows {@code tag, node}. */
    void hashtags(List<Map<String, Object>> rows) {
        put(rows, "tag", hashtags, null);
    }

    boolean hasAccount(String key) {
        return accounts.containsKey(key);
    }

    boolean hasPost(String id) {
        return posts.containsKey(id);
    }

    /** The account's node id; null for a null key. */
    String account(String key) {
        return key == null ? null : node(accounts, key);
    }

    String post(String id) {
        return id == null ? null : node(posts, id);
    }

    String hashtag(String tag) {
        return node(hashtags, tag);
    }

    boolean isNewAccount(String key) {
        return createdAccounts.contains(key);
    }

    boolean isNewPost(String id) {
        return createdPosts.contains(id);
    }

    private static String node(Map<String, String> nodes, String key) {
        var node = nodes.get(key);
        if (node == null) {
            // A bug, not bad input: every key of the batch is found or created before its edges.
            throw new IllegalStateException("No node for '" + key + "' in this batch");
        }
        return node;
    }

    private static void put(List<Map<String, Object>> rows, String keyColumn, Map<String, String> nodes,
            Set<String> created) {
        for (var row : rows) {
            var key = (String) row.get(keyColumn);
            nodes.put(key, (String) row.get("node"));
            if (created != null) {
                created.add(key);
            }
        }
    }
}
