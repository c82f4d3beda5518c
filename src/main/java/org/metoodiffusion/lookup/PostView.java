package org.metoodiffusion.lookup;

import java.util.List;
import java.util.Map;

/**
 * A post as the API shows it.
 *
 * @param post       the post's properties ({@code createdAt} as ISO-8601)
 * @param author     id, username and name of its author, or null for a placeholder
 * @param hashtags   lower-cased hashtags
 * @param mentions   accounts mentioned (id, username)
 * @param references posts it replies to, quotes or retweets ({@code kind}, {@code id})
 * @param credits    ids of the off-platform origins it credits
 * @param replies    number of replies to it in the graph
 * @param quotes     number of quotes of it
 * @param retweets   number of retweets of it
 */
public record PostView(Map<String, Object> post, Map<String, Object> author, List<String> hashtags,
        List<Map<String, Object>> mentions, List<Map<String, Object>> references, List<String> credits,
        long replies, long quotes, long retweets) {
}
