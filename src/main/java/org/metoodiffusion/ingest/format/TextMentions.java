package org.metoodiffusion.ingest.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.metoodiffusion.ingest.AccountRef;

/**
 * Mentions read from a tweet's text, for formats that carry no mention entities (twarc1
 * {@code json2csv}). Twitter's handle rule: {@code @} then 1 to 15 word characters, not preceded by
 * a word character (so no e-mail addresses) and not followed by one (a longer name is no handle).
 */
final class TextMentions {

    private static final Pattern HANDLE = Pattern.compile("(?<![\\w@])[@\uFF20](\\w{1,15})(?!\\w)");

    private TextMentions() {
    }

    /**
     * The accounts {@code text} mentions, by handle, each once (first spelling kept), without the
     * account a retweet's leading "RT @x:" names (that one is the retweet edge, see {@link RetweetPrefix}).
     */
    static List<AccountRef> of(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        var all = new ArrayList<AccountRef>();
        var matcher = HANDLE.matcher(text);
        while (matcher.find()) {
            all.add(AccountRef.ofUsername(matcher.group(1)));
        }
        var unique = new LinkedHashMap<String, AccountRef>();
        for (var mention : RetweetPrefix.withoutPrefixMention(text, all, null)) {
            unique.putIfAbsent(mention.username().toLowerCase(Locale.ROOT), mention);
        }
        return List.copyOf(unique.values());
    }
}
