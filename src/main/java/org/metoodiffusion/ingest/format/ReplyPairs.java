package org.metoodiffusion.ingest.format;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import org.metoodiffusion.id.Ids;

/**
 * Tells a reply-pair file ({@code tweet_id in_reply_to_tweet_id}) from a follow list
 * ({@code follower followee}) when both are two numbers a line: in a reply pair both are tweet ids
 * whose encoded times are plausible, and the reply is newer than the tweet it answers. Follow lists
 * have no such order (and synthetic account ids decode to no plausible time).
 */
final class ReplyPairs {

    private static final Pattern PAIR = Pattern.compile("\"?(\\d{11,19})\"?\\s*[,\\t ]\\s*\"?(\\d{11,19})\"?");

    private ReplyPairs() {
    }

    /** True unless some two-id line of the head cannot be a (reply, parent) pair of tweet ids. */
    static boolean plausible(List<String> head) {
        for (String line : head) {
            var pair = PAIR.matcher(line.strip());
            if (pair.matches() && !plausible(pair.group(1), pair.group(2))) {
                return false;
            }
        }
        return true;
    }

    private static boolean plausible(String reply, String parent) {
        try {
            long child = Long.parseLong(reply);
            long answered = Long.parseLong(parent);
            return child > answered && tweetTime(child) && tweetTime(answered);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean tweetTime(long id) {
        return Ids.encodesTime(id) && Ids.snowflakeTime(id).isBefore(Instant.now().plusSeconds(86_400));
    }
}
