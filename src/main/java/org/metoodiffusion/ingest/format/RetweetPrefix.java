package org.metoodiffusion.ingest.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.metoodiffusion.ingest.AccountRef;

/**
 * The "RT @x:" that starts a retweet's text names the retweeted author, who is linked by
 * RETWEET_OF, not MENTIONS: the one rule every format applies to a retweet's mentions.
 */
final class RetweetPrefix {

    private static final Pattern PREFIX = Pattern.compile("^RT @(\\w{1,50})");

    private RetweetPrefix() {
    }

    /**
     * {@code mentions} without the account the prefix names (matched by handle, or by
     * {@code retweetedUserId} when the format gives it; may be null).
     */
    static List<AccountRef> withoutPrefixMention(String text, List<AccountRef> mentions, String retweetedUserId) {
        var prefix = text == null ? null : PREFIX.matcher(text);
        if (prefix == null || !prefix.find()) {
            return mentions;
        }
        var handle = prefix.group(1).toLowerCase(Locale.ROOT);
        var kept = new ArrayList<>(mentions);
        for (int i = 0; i < kept.size(); i++) {
            var mention = kept.get(i);
            boolean sameHandle = mention.username() != null && mention.username().toLowerCase(Locale.ROOT).equals(handle);
            boolean sameId = retweetedUserId != null && retweetedUserId.equals(mention.id());
            if (sameHandle || sameId) {
                kept.remove(i);
                break;
            }
        }
        return kept;
    }
}
