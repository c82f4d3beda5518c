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
 * @param hashtags       hashtags as written, without '#' (a retweet's are the original's)
 * @param mentions       accounts it mentions; for a retweet, not the leading "RT @x"
 * @param source         where the record came from (format name), for provenance
 */
public record PostItem(String id, AccountRef author, Instant createdAt, boolean timeFromId, String text, String lang,
        String conversationId, String replyToId, AccountRef replyToAccount, String quotedId, String retweetedId,
        List<String> hashtags, List<AccountRef> mentions, String source) implements ImportItem {

    public PostItem {
        if (id == null) {
            throw new IllegalArgumentException("A post needs an id");
        }
        hashtags = hashtags == null ? List.of() : List.copyOf(hashtags);
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }
}
