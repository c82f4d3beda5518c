package org.metoodiffusion.ingest;

import java.time.Instant;
import java.util.List;

/**
 * A post and the edges it carries. Ids are decimal strings (never numbers). Referenced posts that
 * are not in the data become placeholders ({@code observed: false}) until they arrive.
 *
 * @param id             post id
 * @param author         its author, or null when the record does not say (id-only data)
 * @param createdAt      creation time; for id-only data, the time the snowflake id encodes
 * @param timeFromId     true when {@code createdAt} was derived from the id, not stated
 * @param text           full text (for a retweet, the platform's truncated "RT @x: ..." text), or null
 * @param lang           language code, or null
 * @param conversationId id of the conversation's root post, or null
 * @param replyToId      id of the post it replies to, or null
 * @param replyToAccount account it replies to, or null
 * @param quotedId       id of the post it quotes, or null
 * @param retweetedId    id of the post it retweets, or null
 * @param hashtags       hashtags of its own text, without '#' (a retweet's own, not the original's)
 * @param mentions       accounts its own entities mention; for a retweet, not the leading "RT @x"
 * @param source         where the record came from (format name), for provenance
 * @param collected      true when the post stood in the input as a record of its own (a status line, an
 *                       element of a page's {@code data}, a CSV row, a listed id); false when it is only
 *                       embedded in or referenced by another record ({@code includes.tweets},
 *                       {@code retweeted_status}, {@code quoted_status})
 * @param editOf         for a later version of an edited tweet, the id of its first version; else null
 */
public record PostItem(String id, AccountRef author, Instant createdAt, boolean timeFromId, String text, String lang,
        String conversationId, String replyToId, AccountRef replyToAccount, String quotedId, String retweetedId,
        List<String> hashtags, List<AccountRef> mentions, String source, boolean collected, String editOf)
        implements ImportItem {

    public PostItem {
        if (id == null) {
            throw new IllegalArgumentException("A post needs an id");
        }
        hashtags = hashtags == null ? List.of() : List.copyOf(hashtags);
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
        if (id.equals(editOf)) {
            editOf = null;
        }
    }
}
