package org.metoodiffusion.ingest.format;

import static org.metoodiffusion.ingest.format.TweetJson.elements;
import static org.metoodiffusion.ingest.format.TweetJson.object;
import static org.metoodiffusion.ingest.format.TweetJson.text;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.metoodiffusion.id.InvalidIdException;
import org.metoodiffusion.ingest.AccountItem;
import org.metoodiffusion.ingest.AccountRef;
import org.metoodiffusion.ingest.PostItem;

/** Maps one Twitter API v1.1 tweet object (with its embedded quoted/retweeted tweets) to items. */
final class V1Tweets {

    static final String SOURCE = "twitter-v1";

    /** Streaming API messages that share a stream with tweets. */
    private static final List<String> STREAM_NOTICES = List.of("scrub_geo", "status_withheld", "user_withheld",
            "disconnect", "warning", "friends", "friends_str", "event", "control", "for_user");
    /** Embedded tweets go one level deep in v1.1; the bound guards against hostile nesting. */
    private static final int MAX_DEPTH = 3;

    private V1Tweets() {
    }

    /** Whether the object has the fields of a tweet (a text), as opposed to a notice, user or error. */
    static boolean isTweet(JsonNode node) {
        return node.isObject() && (node.has("text") || node.has("full_text") || node.has("extended_tweet"));
    }

    /** Why {@code node} is not a tweet, or null when it is one. */
    static String notATweet(JsonNode node) {
        if (!node.isObject()) {
            return "a JSON " + TweetJson.kind(node) + ", not a tweet object";
        }
        if (node.has("delete")) {
            return "a deletion notice (compliance message), not a tweet";
        }
        if (node.has("limit")) {
            var track = text(object(node, "limit"), "track");
            return "a stream limit notice (" + (track != null ? track : "some") + " tweets not delivered), not a tweet";
        }
        for (var notice : STREAM_NOTICES) {
            if (node.has(notice)) {
                return "a stream '" + notice + "' notice, not a tweet";
            }
        }
        if (isTweet(node)) {
            return null;
        }
        if (node.has("errors")) {
            return "an API error response (" + TweetJson.firstError(node) + "), not a tweet";
        }
        if (node.has("data") || node.has("author_id")) {
            return "a Twitter API v2 (twarc2) object, not a v1.1 tweet: read it with --format twarc2";
        }
        if (node.has("screen_name")) {
            return "a user object (no text), not a tweet";
        }
        if (node.has("count") || node.has("counts")) {
            return "a count object, not a tweet";
        }
        return "an object without tweet fields (text, full_text), not a tweet";
    }

    /** Maps a tweet; throws {@link BadRecord} when it cannot load (no id, mangled id). */
    static void map(JsonNode tweet, RecordItems out) {
        map(tweet, out, 0);
    }

    private static String map(JsonNode tweet, RecordItems out, int depth) {
        var id = id(tweet);
        var author = author(object(tweet, "user"), out);
        var time = TweetJson.postTime(text(tweet, "created_at"), TweetJson::v1Time, id, out);
        var extended = object(tweet, "extended_tweet");
        var text = firstText(text(extended, "full_text"), text(tweet, "full_text"), text(tweet, "text"));

        // A retweet carries only RETWEET_OF: its reply/quote fields describe the original, which gets
        // them itself, as in v2 where a retweet references only the retweeted tweet.
        var retweeted = object(tweet, "retweeted_status");
        String retweetedId = null;
        JsonNode original = null;
        if (retweeted != null) {
            retweetedId = embedded(retweeted, "retweeted tweet", out, depth);
            original = retweetedId != null ? retweeted : null;
            if (retweetedId == null) {
                // The original could not load whole; its id alone still makes the RETWEET_OF edge.
                retweetedId = TweetJson.refId(retweeted, "id_str", "retweeted post id", out);
            }
        } else {
            retweetedId = TweetJson.refId(tweet, "retweeted_status_id_str", "retweeted post id", out);
        }
        boolean retweet = retweetedId != null || retweeted != null;

        String replyToId = null;
        AccountRef replyTo = null;
        String quotedId = null;
        if (!retweet) {
            replyToId = refId(tweet, "in_reply_to_status_id_str", "in_reply_to_status_id", "reply-to post id", out);
            var replyUserId = TweetJson.refAccountId(tweet, "in_reply_to_user_id_str", "reply-to account", out);
            if (replyUserId == null && !tweet.has("in_reply_to_user_id_str")) {
                replyUserId = TweetJson.refAccountId(tweet, "in_reply_to_user_id", "reply-to account", out);
            }
            replyTo = TweetJson.account(replyUserId, text(tweet, "in_reply_to_screen_name"));
            quotedId = refId(tweet, "quoted_status_id_str", "quoted_status_id", "quoted post id", out);
            var quoted = object(tweet, "quoted_status");
            if (quoted != null) {
                var embeddedId = embedded(quoted, "quoted tweet", out, depth);
                quotedId = quotedId != null ? quotedId : embeddedId;
            }
        }

        // Every post keeps its own entities: a retweet's are those of its "RT @x: ..." text, minus the
        // leading mention (that is the RETWEET_OF edge); the original's belong to the original.
        var entities = entities(tweet);
        var hashtags = hashtags(entities);
        var mentions = mentions(entities, out);
        if (retweet) {
            var originalAuthor = original == null ? null : object(original, "user");
            mentions = RetweetPrefix.withoutPrefixMention(text, mentions, text(originalAuthor, "id_str"));
        }
        out.add(new PostItem(id, author, time.at(), time.fromId(), text, text(tweet, "lang"), null, replyToId, replyTo,
                quotedId, retweetedId, hashtags, mentions, SOURCE, depth == 0, null));
        return id;
    }

    /** The tweet's id: {@code id_str}, else an integral {@code id}; a float or float-like id rejects the record. */
    private static String id(JsonNode tweet) {
        try {
            var id = TweetJson.postId(tweet, "id_str");
            if (id == null) {
                id = TweetJson.postId(tweet, "id");
            }
            if (id == null) {
                throw new BadRecord("tweet without an id (no id_str or id)");
            }
            return id;
        } catch (InvalidIdException e) {
            throw new BadRecord("tweet id unusable: " + e.getMessage());
        }
    }

    /** An embedded tweet, mapped as a post of its own; its id, or null when unusable (flagged). */
    private static String embedded(JsonNode tweet, String what, RecordItems out, int depth) {
        if (depth >= MAX_DEPTH) {
            return null;
        }
        try {
            return map(tweet, out, depth + 1);
        } catch (BadRecord e) {
            out.flag(what + " dropped: " + e.getMessage());
            return null;
        }
    }

    private static String refId(JsonNode tweet, String field, String numberField, String what, RecordItems out) {
        var id = TweetJson.refId(tweet, field, what, out);
        return id == null && !tweet.has(field) ? TweetJson.refId(tweet, numberField, what, out) : id;
    }

    /** The author as an account item; a mangled user id is flagged and the handle used instead. */
    private static AccountRef author(JsonNode user, RecordItems out) {
        if (user == null) {
            return null;
        }
        var id = TweetJson.refAccountId(user, "id_str", "author", out);
        if (id == null && !user.has("id_str")) {
            id = TweetJson.refAccountId(user, "id", "author", out);
        }
        var ref = TweetJson.account(id, text(user, "screen_name"));
        if (ref != null) {
            out.add(new AccountItem(ref, text(user, "name"), TweetJson.count(user, "followers_count"),
                    TweetJson.count(user, "friends_count"),
                    TweetJson.time(text(user, "created_at"), TweetJson::v1Time), TweetJson.bool(user, "verified")));
        }
        return ref;
    }

    /** The full entities: those of {@code extended_tweet} when the text was truncated, else the tweet's. */
    private static JsonNode entities(JsonNode tweet) {
        var extended = object(object(tweet, "extended_tweet"), "entities");
        return extended != null ? extended : object(tweet, "entities");
    }

    private static List<String> hashtags(JsonNode entities) {
        var tags = new ArrayList<String>();
        for (var tag : elements(entities, "hashtags")) {
            var text = text(tag, "text");
            if (text != null) {
                tags.add(text);
            }
        }
        return tags;
    }

    private static List<AccountRef> mentions(JsonNode entities, RecordItems out) {
        var mentions = new ArrayList<AccountRef>();
        for (var mention : elements(entities, "user_mentions")) {
            var id = TweetJson.refAccountId(mention, "id_str", "mentioned account", out);
            if (id == null && !mention.has("id_str")) {
                id = TweetJson.refAccountId(mention, "id", "mentioned account", out);
            }
            var ref = TweetJson.account(id, text(mention, "screen_name"));
            if (ref != null) {
                mentions.add(ref);
            }
        }
        return mentions;
    }

    private static String firstText(String... candidates) {
        for (var candidate : candidates) {
            if (candidate != null) {
                return candidate;
            }
        }
        return null;
    }
}
