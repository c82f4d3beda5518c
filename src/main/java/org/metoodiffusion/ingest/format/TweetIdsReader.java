package org.metoodiffusion.ingest.format;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.metoodiffusion.id.Ids;
import org.metoodiffusion.ingest.ImportInput;
import org.metoodiffusion.ingest.ImportSink;
import org.metoodiffusion.ingest.PostItem;

/**
 * Reads id-only datasets, the norm under the platform's terms: a column of tweet ids, or reply
 * pairs {@code tweet_id,in_reply_to_tweet_id} (e.g. the ICPSR #MeToo collection). A header is
 * optional; fields are separated by a comma, a tab or spaces. Each id becomes a post with no author,
 * timed by its snowflake id. Spec: {@code importer/formats/tweet-ids.md}.
 */
public final class TweetIdsReader implements FormatReader {

    public static final String NAME = "tweet-ids";

    private static final Pattern SEPARATOR = Pattern.compile("\\s*[,\\t]\\s*|\\s+");
    private static final Set<String> ID_COLUMNS = Set.of("tweet_id", "id", "tweetid", "status_id");
    private static final Set<String> REPLY_COLUMNS = Set.of("in_reply_to_tweet_id", "in_reply_to_status_id");
    /**
     * Snowflake-era ids have at least 11 digits; shorter numbers are rather account ids (SNAP). The
     * reply id may be float-mangled (then flagged), so that one bad line does not hide the format.
     */
    private static final Pattern ID_LINE = Pattern.compile(
            "\"?\\d{11,19}\"?(\\s*[,\\t]\\s*(\"?(\\d{11,19}|\\d+\\.\\d*([eE][-+]?\\d+)?|\\d+[eE][-+]?\\d+)\"?)?|\\s+\"?\\d{11,19}\"?)?");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean sniff(List<String> head) {
        if (head.isEmpty()) {
            return false;
        }
        int start = isHeader(head.get(0)) ? 1 : 0;
        return head.stream().skip(start).allMatch(line -> ID_LINE.matcher(line.strip()).matches())
                && ReplyPairs.plausible(head);
    }

    @Override
    public void read(ImportInput input, ImportSink sink) throws IOException {
        boolean first = true;
        for (var line : input.lines()) {
            if (!line.ok()) {
                sink.reject(line.number(), line.problem(), line.preview());
                continue;
            }
            var text = line.text().strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            if (first && isHeader(text)) {
                first = false;
                continue;
            }
            first = false;
            readLine(line.number(), text, sink);
        }
    }

    private static void readLine(long number, String text, ImportSink sink) {
        var fields = fields(text);
        if (fields.size() > 2) {
            sink.reject(number, fields.size() + " fields; expected a tweet id, optionally followed by the id it "
                    + "replies to", text);
            return;
        }
        var id = Values.postId(fields.get(0));
        if (id.value() == null) {
            sink.reject(number, id.bad() ? "tweet id: " + id.problem() : "no tweet id", text);
            return;
        }
        if (!Values.encodesTime(id.value())) {
            sink.reject(number, Values.preSnowflake(id.value()), text);
            return;
        }
        var flags = new RecordFlags();
        var replyTo = fields.size() == 2 ? flags.take(Values.postId(fields.get(1)), "in_reply_to_tweet_id") : null;
        sink.accept(new PostItem(id.value(), null, Ids.snowflakeTime(Long.parseLong(id.value())), true, null, null,
                null, replyTo, null, null, null, List.of(), List.of(), NAME, true, null));
        flags.sendTo(sink, number, text);
        sink.recordRead();
    }

    private static List<String> fields(String text) {
        return List.of(SEPARATOR.split(text, -1)).stream().map(field -> field.replace("\"", "").strip()).toList();
    }

    private static boolean isHeader(String line) {
        var fields = fields(line.strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT));
        return ID_COLUMNS.contains(fields.get(0))
                && (fields.size() == 1 || fields.size() == 2 && REPLY_COLUMNS.contains(fields.get(1)));
    }
}
