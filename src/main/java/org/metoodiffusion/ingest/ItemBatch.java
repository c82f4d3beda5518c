package org.metoodiffusion.ingest;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.metoodiffusion.id.Ids;

/**
 * Items gathered for one transaction, de-duplicated (a retweeted original arrives with every
 * retweet) and turned into the parameter rows of the {@code cypher/queries/ingest/} statements.
 */
final class ItemBatch {

    private static final List<String> PROFILE = List.of("name", "followers", "following", "createdAt", "verified");

    private final Map<String, Map<String, Object>> accounts = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> identified = new LinkedHashMap<>();
    private final Map<String, PostItem> posts = new LinkedHashMap<>();
    private final Set<InteractionItem> interactions = new LinkedHashSet<>();
    private final Set<FollowItem> follows = new LinkedHashSet<>();
    private final Map<String, String> aliases = new HashMap<>();
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

    boolean isEmpty() {
        return items == 0;
    }

    /**
     * The keys of the accounts this batch writes or links to, and of the provisional '@handle'
     * accounts its identified accounts may absorb: those to look for in the graph.
     */
    List<String> accountKeys() {
        var keys = new LinkedHashSet<String>();
        accounts.keySet().stream().filter(key -> !aliases.containsKey(key)).forEach(keys::add);
        keys.addAll(aliases.values());
        identified.values().forEach(row -> keys.add(AccountRef.provisionalKey((String) row.get("username"))));
        return List.copyOf(keys);
    }

    /** Accounts not in the graph, every known field (unknown ones null). */
    List<Map<String, Object>> newAccountRows(BatchNodes nodes) {
        return accounts.values().stream().filter(this::notAliased).filter(row -> !nodes.hasAccount(key(row)))
                .toList();
    }

    /** Accounts in the graph with profile fields (from an account record): every known field is written. */
    List<Map<String, Object>> accountUpdateRows(BatchNodes nodes) {
        return existingAccounts(nodes).filter(ItemBatch::hasProfile).map(row -> {
            var update = new HashMap<>(row);
            update.remove("key");
            update.remove("id");
            update.put("node", nodes.account(key(row)));
            return (Map<String, Object>) update;
        }).toList();
    }

    /** Accounts in the graph only referred to, by a handle: it is written if the account has none yet. */
    List<Map<String, Object>> accountReferenceRows(BatchNodes nodes) {
        return existingAccounts(nodes).filter(row -> !hasProfile(row) && row.get("username") != null)
                .map(row -> Map.of("node", nodes.account(key(row)), "username", row.get("username"))).toList();
    }

    private Stream<Map<String, Object>> existingAccounts(BatchNodes nodes) {
        return accounts.values().stream().filter(this::notAliased).filter(row -> !nodes.isNewAccount(key(row)));
    }

    private static String key(Map<String, Object> row) {
        return (String) row.get("key");
    }

    /**
     * Handles ('@handle' keys) this batch refers to without an id: they may belong to an account
     * whose id is known, in this batch or in the graph.
     */
    List<String> unidentifiedHandles() {
        return accounts.keySet().stream().filter(key -> key.startsWith("@")).map(key -> key.substring(1)).toList();
    }

    /**
     * Refers to {@code handle}'s account by its id from now on, so no provisional node is made for
     * an account whose id is known. {@code handleToId}: lower-case handle to account id.
     */
    void alias(Map<String, String> handleToId) {
        handleToId.forEach((handle, id) -> aliases.put(AccountRef.provisionalKey(handle), id));
        identified.values().forEach(row -> aliases.put(AccountRef.provisionalKey((String) row.get("username")),
                (String) row.get("id")));
    }

    /** The key an account is written under: its id when its handle has been aliased to one. */
    String key(AccountRef account) {
        return aliases.getOrDefault(account.key(), account.key());
    }

    private boolean notAliased(Map<String, Object> row) {
        return !aliases.containsKey((String) row.get("key"));
    }

    private static boolean hasProfile(Map<String, Object> row) {
        return PROFILE.stream().anyMatch(field -> row.get(field) != null);
    }

    /** Accounts whose id and handle are both known: a provisional '@handle' node may merge into them. */
    List<Map<String, Object>> identifiedAccountRows() {
        return List.copyOf(identified.values());
    }

    /** The ids of the batch's posts and of the posts they refer to: those to look for in the graph. */
    List<String> postIds() {
        var ids = new LinkedHashSet<>(posts.keySet());
        ids.addAll(referencedOutside());
        return List.copyOf(ids);
    }

    /** Posts of the batch not in the graph. */
    List<Map<String, Object>> newPostRows(BatchNodes nodes) {
        return posts.values().stream().filter(post -> !nodes.hasPost(post.id())).map(post -> {
            var row = postRow(post);
            row.put("id", post.id());
            return row;
        }).toList();
    }

    /** Posts of the batch that were in the graph before its transaction: their description is written again. */
    List<Map<String, Object>> postUpdateRows(BatchNodes nodes) {
        return posts.values().stream().filter(post -> !nodes.isNewPost(post.id())).map(post -> {
            var row = postRow(post);
            row.put("node", nodes.post(post.id()));
            return row;
        }).toList();
    }

    private static Map<String, Object> postRow(PostItem post) {
        var row = new HashMap<String, Object>();
        row.put("createdAt", post.createdAt().toEpochMilli());
        row.put("timeFromId", post.timeFromId());
        row.put("text", post.text());
        row.put("lang", post.lang());
        row.put("conversationId", post.conversationId());
        row.put("collected", post.collected());
        return row;
    }

    /**
     * Referenced posts neither in this batch nor in the graph, with the time their id encodes (none
     * for a pre-snowflake id): placeholders until they arrive.
     */
    List<Map<String, Object>> placeholderRows(BatchNodes nodes) {
        return referencedOutside().stream().filter(id -> !nodes.hasPost(id)).map(id -> {
            var row = new HashMap<String, Object>();
            row.put("id", id);
            long value = Long.parseLong(id);
            row.put("createdAt", Ids.encodesTime(value) ? Ids.snowflakeTime(value).toEpochMilli() : null);
            return (Map<String, Object>) row;
        }).toList();
    }

    /** Posts the batch's posts refer to (reply, quote, retweet, edit) that are not in the batch. */
    private Set<String> referencedOutside() {
        var referenced = new LinkedHashSet<String>();
        for (var post : posts.values()) {
            for (var id : new String[] {post.replyToId(), post.quotedId(), post.retweetedId(), post.editOf()}) {
                if (id != null && !posts.containsKey(id)) {
                    referenced.add(id);
                }
            }
        }
        return referenced;
    }

    List<String> hashtags() {
        return posts.values().stream().flatMap(post -> post.hashtags().stream()).map(ItemBatch::tag).distinct().toList();
    }

    /** Rows {@code from, to} of one kind of reference, by post id. */
    List<Map<String, Object>> referenceRows(Function<PostItem, String> reference) {
        return posts.values().stream().filter(post -> reference.apply(post) != null)
                .map(post -> Map.<String, Object>of("from", post.id(), "to", reference.apply(post))).toList();
    }

    Collection<PostItem> posts() {
        return posts.values();
    }

    Set<InteractionItem> interactions() {
        return interactions;
    }

    Set<FollowItem> follows() {
        return follows;
    }

    static String tag(String hashtag) {
        return hashtag.toLowerCase(Locale.ROOT);
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
        // The same post may come several times (an original with each of its retweets, one CSV edge at a time).
        posts.merge(post.id(), post, ItemBatch::combine);
    }

    /** One post from two descriptions: what either knows, a stated time over one derived from the id. */
    static PostItem combine(PostItem a, PostItem b) {
        var time = a.timeFromId() && !b.timeFromId() ? b : a;
        var hashtags = new LinkedHashSet<>(a.hashtags());
        hashtags.addAll(b.hashtags());
        var mentions = new LinkedHashSet<>(a.mentions());
        mentions.addAll(b.mentions());
        return new PostItem(a.id(), first(a.author(), b.author()), time.createdAt(), time.timeFromId(),
                first(a.text(), b.text()), first(a.lang(), b.lang()), first(a.conversationId(), b.conversationId()),
                first(a.replyToId(), b.replyToId()), first(a.replyToAccount(), b.replyToAccount()),
                first(a.quotedId(), b.quotedId()), first(a.retweetedId(), b.retweetedId()), List.copyOf(hashtags),
                List.copyOf(mentions), first(a.source(), b.source()), a.collected() || b.collected(),
                first(a.editOf(), b.editOf()));
    }

    private static <T> T first(T a, T b) {
        return a != null ? a : b;
    }

    private void addInteraction(InteractionItem item) {
        account(item.source());
        account(item.target());
        interactions.add(item);
    }

    private void addFollow(FollowItem item) {
        account(item.follower());
        account(item.followee());
        follows.add(item);
    }

    private static void putIfKnown(Map<String, Object> row, String field, Object value) {
        if (value != null) {
            row.put(field, value);
        }
    }
}
