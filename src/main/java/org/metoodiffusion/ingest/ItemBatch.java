package org.metoodiffusion.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.metoodiffusion.id.Ids;

/**
 * Items gathered for one transaction, de-duplicated (a retweeted original arrives with every
 * retweet) and turned into the parameter rows of the {@code cypher/queries/ingest/} statements.
 */
final class ItemBatch {

    private final Map<String, Map<String, Object>> accounts = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> identified = new LinkedHashMap<>();
    private final Map<String, PostItem> posts = new LinkedHashMap<>();
    private final Map<List<Object>, Map<String, Object>> interactions = new LinkedHashMap<>();
    private final Map<List<String>, Map<String, Object>> follows = new LinkedHashMap<>();
    private int items;

    void add(ImportItem item) {
        items++;
        if (item instanceof AccountItem account) {
            addAccount(account);
        } else if (item instanceof PostItem post) {
            addPost(post);
        } else if (item instanceof InteractionItem interaction) {
            addInteraction(interaction);
        } else if (item instanceof FollowItem follow) {
            addFollow(follow);
        }
    }

    int size() {
        return items;
    }

    boolean isEmpty() {
        return items == 0;
    }

    List<Map<String, Object>> accountRows() {
        return List.copyOf(accounts.values());
    }

    /** Accounts whose id and handle are both known: a provisional '@handle' node may merge into them. */
    List<Map<String, Object>> identifiedAccountRows() {
        return List.copyOf(identified.values());
    }

    List<Map<String, Object>> postRows() {
        var rows = new ArrayList<Map<String, Object>>(posts.size());
        posts.values().forEach(post -> rows.add(postRow(post)));
        return rows;
    }

    List<Map<String, Object>> interactionRows() {
        return List.copyOf(interactions.values());
    }

    List<Map<String, Object>> followRows() {
        return List.copyOf(follows.values());
    }

    private void addAccount(AccountItem item) {
        var row = account(item.account());
        putIfKnown(row, "name", item.name());
        putIfKnown(row, "followers", item.followers());
        putIfKnown(row, "following", item.following());
        putIfKnown(row, "createdAt", item.createdAt() == null ? null : item.createdAt().toEpochMilli());
        putIfKnown(row, "verified", item.verified());
    }

    /** The row of an account, created on first reference; later references add what they know. */
    private Map<String, Object> account(AccountRef ref) {
        var row = accounts.computeIfAbsent(ref.key(), key -> {
            var fresh = new HashMap<String, Object>();
            fresh.put("key", key);
            for (var field : List.of("id", "username", "name", "followers", "following", "createdAt", "verified")) {
                fresh.put(field, null);
            }
            return fresh;
        });
        putIfKnown(row, "id", ref.id());
        putIfKnown(row, "username", ref.username());
        if (ref.id() != null && ref.username() != null) {
            identified.put(ref.id(), Map.of("id", ref.id(), "username", ref.username()));
        }
        return row;
    }

    private void addPost(PostItem post) {
        if (post.author() != null) {
            account(post.author());
        }
        post.mentions().forEach(this::account);
        if (post.replyToAccount() != null) {
            account(post.replyToAccount());
        }
        // The same post may come several times (an original with each of its retweets): keep the fullest.
        posts.merge(post.id(), post, (kept, other) -> richness(other) > richness(kept) ? other : kept);
    }

    private static int richness(PostItem post) {
        return (post.author() != null ? 4 : 0) + (post.text() != null ? 2 : 0) + (post.timeFromId() ? 0 : 1);
    }

    private Map<String, Object> postRow(PostItem post) {
        var row = new HashMap<String, Object>();
        row.put("id", post.id());
        row.put("author", post.author() == null ? null : post.author().key());
        row.put("createdAt", post.createdAt().toEpochMilli());
        row.put("timeFromId", post.timeFromId());
        row.put("text", post.text());
        row.put("lang", post.lang());
        row.put("conversationId", post.conversationId());
        row.put("hashtags", List.copyOf(new LinkedHashSet<>(post.hashtags().stream()
                .map(tag -> tag.toLowerCase(Locale.ROOT)).toList())));
        row.put("mentions", List.copyOf(new LinkedHashSet<>(post.mentions().stream().map(AccountRef::key).toList())));
        reference(row, "replyTo", post.replyToId());
        reference(row, "quoted", post.quotedId());
        reference(row, "retweeted", post.retweetedId());
        return row;
    }

    /** A referenced post's id and, for the placeholder it may need, the time its id encodes. */
    private static void reference(Map<String, Object> row, String field, String id) {
        row.put(field, id);
        row.put(field + "Time", id == null ? null : snowflakeMillis(id));
    }

    private static long snowflakeMillis(String id) {
        return Ids.snowflakeTime(Long.parseLong(id)).toEpochMilli();
    }

    private void addInteraction(InteractionItem item) {
        account(item.source());
        account(item.target());
        var kind = item.kind().name().toLowerCase(Locale.ROOT);
        var at = item.time().toEpochMilli();
        interactions.putIfAbsent(List.of(item.source().key(), item.target().key(), kind, at),
                Map.of("source", item.source().key(), "target", item.target().key(), "kind", kind, "at", at));
    }

    private void addFollow(FollowItem item) {
        account(item.follower());
        account(item.followee());
        follows.putIfAbsent(List.of(item.follower().key(), item.followee().key()),
                Map.of("follower", item.follower().key(), "followee", item.followee().key()));
    }

    private static void putIfKnown(Map<String, Object> row, String field, Object value) {
        if (value != null) {
            row.put(field, value);
        }
    }
}
