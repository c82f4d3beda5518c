package org.metoodiffusion.ingest.format;

import static org.metoodiffusion.ingest.format.TweetJson.elements;
import static org.metoodiffusion.ingest.format.TweetJson.object;
import static org.metoodiffusion.ingest.format.TweetJson.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.metoodiffusion.id.InvalidIdException;
import org.metoodiffusion.ingest.AccountItem;
import org.metoodiffusion.ingest.AccountRef;
import org.metoodiffusion.ingest.PostItem;

/**
 * Maps one Twitter API v2 tweet to items, with the users and referenced tweets its page's
 * {@code includes} (or, flattened, the tweet itself) supplies.
 */
final class V2Tweets {

    static final String SOURCE = "twarc2";

    /** Referenced tweets go one level deep in v2 includes; the bound guards against reference cycles. */
    private static final int MAX_DEPTH = 3;

    private V2Tweets() {
    }

    /**
     * Users and tweets by id, as a page's {@code includes} or a flattened tweet's inlined objects give them.
     *
     * @param users  user objects by id
     * @param tweets available (not deleted) tweet objects by id
     */
    record Lookup(Map<String, JsonNode> users, Map<String, JsonNode> tweets, Map<String, String> idsByHandle) {

        Lookup(Map<String, JsonNode> users, Map<String, JsonNode> tweets) {
            this(Map.copyOf(users), Map.copyOf(tweets), idsByHandle(users));
        }

        /** The id of the user with this handle (case-insensitive), or null when none of the users has it. */
        String idOf(String username) {
            return idsByHandle.get(username.toLowerCase(Locale.ROOT));
        }

        private static Map<String, String> idsByHandle(Map<String, JsonNode> users) {
            var ids = new HashMap<String, String>();
            users.forEach((id, user) -> {
                var handle = text(user, "username");
                if (handle != null) {
                    ids.putIfAbsent(handle.toLowerCase(Locale.ROOT), id);
                }
            });
            return ids;
        }

        static Lookup ofPage(JsonNode page) {
            var includes = object(page, "includes");
            return new Lookup(byId(elements(includes, "users")), byId(elements(includes, "tweets")));
        }

        /** twarc2 flatten inlines {@code author}, {@code in_reply_to_user} and referenced tweets (with their authors). */
        static Lookup ofFlattened(JsonNode tweet) {
            var users = new ArrayList<JsonNode>();
            var tweets = new ArrayList<JsonNode>();
            collect(tweet, users, tweets, 0);
            return new Lookup(byId(users), byId(tweets));
        }

        private static void collect(JsonNode tweet, List<JsonNode> users, List<JsonNode> tweets, int depth) {
            addIfObject(object(tweet, "author"), users);
            addIfObject(object(tweet, "in_reply_to_user"), users);
            for (var referenced : elements(tweet, "referenced_tweets")) {
                if (isTweet(referenced) && depth < MAX_DEPTH) {
                    tweets.add(referenced);
                    collect(referenced, users, tweets, depth + 1);
                }
            }
        }

        private static void addIfObject(JsonNode node, List<JsonNode> into) {
            if (node != null) {
                into.add(node);
            }
        }

        private static Map<String, JsonNode> byId(List<JsonNode> nodes) {
            var map = new HashMap<String, JsonNode>();
            for (var node : nodes) {
                var id = text(node, "id");
                if (id != null) {
                    map.putIfAbsent(id, node);
                }
            }
            return map;
        }
    }

    /** A v2 tweet: an object with a text and no v1.1 {@code id_str}. */
    static boolean isTweet(JsonNode node) {
        return node.isObject() && node.has("text") && !node.has("id_str");
    }

    /** Why {@code node} is not a v2 tweet, or null when it is one. */
    static String notATweet(JsonNode node) {
        if (!node.isObject()) {
            return "a JSON " + TweetJson.kind(node) + ", not a tweet object";
        }
        if (node.has("id_str")) {
            return "a Twitter API v1.1 object, not a v2 tweet: read it with --format twitter-v1";
        }
        if (isTweet(node)) {
            return null;
        }
        if (node.has("username")) {
            return "a user object (no text), not a tweet";
        }
        if (node.has("tweet_count")) {
            return "a tweet count bucket, not a tweet";
        }
        if (node.has("errors")) {
            return "an API error response without tweets (" + TweetJson.firstError(node) + ")";
        }
        return "an object without tweet fields (text), not a tweet";
    }

    /** Maps a tweet; throws {@link BadRecord} when it cannot load (no id, mangled id). */
    static void map(JsonNode tweet, Lookup lookup, RecordItems out) {
        map(tweet, lookup, out, 0);
    }

    private static String map(JsonNode tweet, Lookup lookup, RecordItems out, int depth) {
        var id = id(tweet);
        var author = author(tweet, lookup, out);
        var time = TweetJson.postTime(text(tweet, "created_at"), TweetJson::isoTime, id, out);
        var text = text(tweet, "text");

        String replyToId = null;
        String quotedId = null;
        String retweetedId = null;
        JsonNode original = null;
        boolean retweet = false;
        var available = new ArrayList<JsonNode>();
        for (var reference : elements(tweet, "referenced_tweets")) {
            var type = String.valueOf(text(reference, "type"));
            retweet |= type.equals("retweeted");
            var refId = TweetJson.refId(reference, "id", type + " post id", out);
            if (refId == null) {
                continue;
            }
            // Flattened output inlines the referenced tweet; a page keeps it in includes. A deleted
            // one is in neither: only the reference loads, as a placeholder, with no invented author.
            var referenced = isTweet(reference) ? reference : lookup.tweets().get(refId);
            switch (type) {
                case "replied_to" -> replyToId = refId;
                case "quoted" -> quotedId = refId;
                case "retweeted" -> {
                    retweetedId = refId;
                    original = referenced;
                }
                default -> {
                    out.flag("unknown referenced_tweets type '" + type + "' ignored");
                    continue;
                }
            }
            if (referenced != null) {
                available.add(referenced);
            }
        }
        AccountRef replyTo = null;
        if (retweet) {
            // As in v1.1: a retweet carries only RETWEET_OF; the original carries its own edges.
            replyToId = null;
            quotedId = null;
            available.clear();
            if (original != null) {
                available.add(original);
            }
        } else {
            replyTo = replyToAccount(tweet, lookup, out);
        }
        for (var referenced : available) {
            embedded(referenced, lookup, out, depth);
        }

        // Every post keeps its own entities: a retweet's are those of its "RT @x: ..." text, minus the
        // leading mention (that is the RETWEET_OF edge); the original's belong to the original.
        var entities = object(tweet, "entities");
        var hashtags = hashtags(entities);
        var mentions = mentions(entities, lookup, out);
        if (retweet) {
            mentions = RetweetPrefix.withoutPrefixMention(text, mentions, text(original, "author_id"));
        }
        out.add(new PostItem(id, author, time.at(), time.fromId(), text, text(tweet, "lang"),
                TweetJson.refId(tweet, "conversation_id", "conversation id", out), replyToId, replyTo, quotedId,
                retweetedId, hashtags, mentions, SOURCE, depth == 0, firstVersion(tweet, id, out)));
        return id;
    }

    private static String id(JsonNode tweet) {
        try {
            var id = TweetJson.postId(tweet, "id");
            if (id == null) {
                throw new BadRecord("tweet without an id");
            }
            return id;
        } catch (InvalidIdException e) {
            throw new BadRecord("tweet id unusable: " + e.getMessage());
        }
    }

    private static void embedded(JsonNode tweet, Lookup lookup, RecordItems out, int depth) {
        if (depth >= MAX_DEPTH) {
            return;
        }
        try {
            map(tweet, lookup, out, depth + 1);
        } catch (BadRecord e) {
            out.flag("referenced tweet dropped: " + e.getMessage());
        }
    }

    /** The author from {@code author_id} and its user object (inlined, else from includes), when known. */
    private static AccountRef author(JsonNode tweet, Lookup lookup, RecordItems out) {
        var authorId = TweetJson.refAccountId(tweet, "author_id", "author", out);
        var user = object(tweet, "author");
        if (user == null && authorId != null) {
            user = lookup.users().get(authorId);
        }
        if (user != null && authorId == null) {
            authorId = TweetJson.refAccountId(user, "id", "author", out);
        }
        var ref = TweetJson.account(authorId, text(user, "username"));
        if (ref != null && user != null) {
            var metrics = object(user, "public_metrics");
            out.add(new AccountItem(ref, text(user, "name"), TweetJson.count(metrics, "followers_count"),
                    TweetJson.count(metrics, "following_count"),
                    TweetJson.time(text(user, "created_at"), TweetJson::isoTime), TweetJson.bool(user, "verified")));
        }
        return ref;
    }

    private static AccountRef replyToAccount(JsonNode tweet, Lookup lookup, RecordItems out) {
        var id = TweetJson.refAccountId(tweet, "in_reply_to_user_id", "reply-to account", out);
        if (id == null) {
            return null;
        }
        var user = object(tweet, "in_reply_to_user");
        if (user == null) {
            user = lookup.users().get(id);
        }
        return TweetJson.account(id, text(user, "username"));
    }

    private static List<String> hashtags(JsonNode entities) {
        var tags = new ArrayList<String>();
        for (var tag : elements(entities, "hashtags")) {
            var text = text(tag, "tag");
            if (text != null) {
                tags.add(text);
            }
        }
        return tags;
    }

    /**
     * The first version of an edited tweet ({@code edit_history_tweet_ids[0]}), when this tweet is a
     * later one; null for an unedited tweet or the first version.
     */
    private static String firstVersion(JsonNode tweet, String id, RecordItems out) {
        var history = elements(tweet, "edit_history_tweet_ids");
        if (history.isEmpty()) {
            return null;
        }
        try {
            var first = TweetJson.postId(tweet.get("edit_history_tweet_ids"), 0);
            return id.equals(first) ? null : first;
        } catch (InvalidIdException e) {
            out.flag("edit history dropped (edit_history_tweet_ids): " + e.getMessage());
            return null;
        }
    }

    /**
     * The mentions of the entities; one given by username only (older v2 data) takes its id from the
     * page's users, as a flattened tweet's would, so raw pages and flattened lines give the same accounts.
     */
    private static List<AccountRef> mentions(JsonNode entities, Lookup lookup, RecordItems out) {
        var mentions = new ArrayList<AccountRef>();
        for (var mention : elements(entities, "mentions")) {
            var username = text(mention, "username");
            var id = TweetJson.refAccountId(mention, "id", "mentioned account", out);
            if (id == null && username != null) {
                id = lookup.idOf(username);
            }
            var ref = TweetJson.account(id, username);
            if (ref != null) {
                mentions.add(ref);
            }
        }
        return mentions;
    }
}
