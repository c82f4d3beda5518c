package org.metoodiffusion.ingest.format;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.metoodiffusion.id.Ids;
import org.metoodiffusion.ingest.AccountItem;
import org.metoodiffusion.ingest.AccountRef;
import org.metoodiffusion.ingest.ImportInput;
import org.metoodiffusion.ingest.ImportSink;
import org.metoodiffusion.ingest.PostItem;

/**
 * Reads the CSV (or TSV) that twarc1's {@code json2csv} writes from v1.1 tweets, also as
 * spreadsheets and pandas save it again: an unnamed index column, {@code .1} copies of duplicated
 * columns, columns missing or reordered, ids turned into floats. One collected tweet per row.
 * Spec: {@code importer/formats/twarc-json2csv.md}.
 */
public final class Json2CsvReader implements FormatReader {

    public static final String NAME = "twarc-json2csv";

    /** Columns only json2csv has (twarc-csv says {@code author.username}, the trio has no {@code id}). */
    private static final Set<String> MARKERS = Set.of("tweet_url", "tweet_type", "parsed_created_at",
            "retweet_or_quote_id", "in_reply_to_status_id", "retweet_id", "reweet_id", "user_followers_count");
    /** Older json2csv: the reference column held retweets only. */
    private static final String[] RETWEET_OR_QUOTE_ID = {"retweet_or_quote_id", "retweet_id", "reweet_id"};
    private static final String[] RETWEET_OR_QUOTE_USER_ID = {"retweet_or_quote_user_id", "retweet_user_id"};
    private static final String[] RETWEET_OR_QUOTE_SCREEN_NAME = {"retweet_or_quote_screen_name",
            "retweet_screen_name"};

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean sniff(List<String> head) {
        if (head.isEmpty()) {
            return false;
        }
        var columns = headerColumns(head.get(0));
        return columns.contains("id") && columns.contains("user_screen_name")
                && columns.stream().anyMatch(MARKERS::contains);
    }

    @Override
    public void read(ImportInput input, ImportSink sink) throws IOException {
        var head = input.head();
        char separator = !head.isEmpty() && head.get(0).indexOf('\t') >= 0 ? '\t' : ',';
        CsvRecords.readWithIdHeader(input.reader(), separator, "json2csv", sink,
                (header, record) -> readRow(header, record, sink));
    }

    /** The names of a header line: tab-separated if it holds a tab, else comma-separated. */
    static List<String> headerColumns(String line) {
        var text = line.startsWith("\uFEFF") ? line.substring(1) : line;
        return List.of(text.split(text.indexOf('\t') >= 0 ? "\t" : ",", -1)).stream()
                .map(name -> name.strip().replace("\"", "")).toList();
    }

    private static void readRow(CsvHeader header, CsvRecords.Record record, ImportSink sink) {
        var problem = header.rowProblem(record);
        if (problem != null) {
            sink.reject(record.line(), problem, record.raw());
            return;
        }
        var row = new Json2CsvRow(header, record.fields());
        var id = Values.postId(row.get("id"));
        if (id.value() == null) {
            sink.reject(record.line(), id.bad() ? "id: " + id.problem() : "the tweet has no id", record.raw());
            return;
        }
        var flags = new RecordFlags();
        var createdAt = createdAt(row, flags);
        boolean timeFromId = createdAt == null;
        if (timeFromId) {
            if (!Values.encodesTime(id.value())) {
                sink.reject(record.line(), Values.preSnowflake(id.value()), record.raw());
                return;
            }
            createdAt = Ids.snowflakeTime(Long.parseLong(id.value()));
        }
        var author = account(row, flags, "user_id", "user_screen_name");
        var text = row.text("text");
        var reference = flags.take(Values.postId(row.get(RETWEET_OR_QUOTE_ID)), row.columnName(RETWEET_OR_QUOTE_ID));
        boolean retweet = reference != null && isRetweet(row, text, flags);
        var replyToAccount = account(row, flags, "in_reply_to_user_id", "in_reply_to_screen_name");
        var referencedAuthor = account(row, flags, row.columnName(RETWEET_OR_QUOTE_USER_ID),
                row.columnName(RETWEET_OR_QUOTE_SCREEN_NAME));
        var post = new PostItem(id.value(), author, createdAt, timeFromId, text, row.text("lang"), null,
                flags.take(Values.postId(row.get("in_reply_to_status_id")), "in_reply_to_status_id"), replyToAccount,
                retweet ? null : reference, retweet ? reference : null, hashtags(row.text("hashtags")),
                TextMentions.of(text), NAME, true, null);
        if (author != null) {
            sink.accept(new AccountItem(author, row.text("user_name"),
                    flags.take(row.count("user_followers_count"), "user_followers_count"),
                    flags.take(row.count("user_friends_count"), "user_friends_count"),
                    flags.take(row.v1Time("user_created_at"), "user_created_at"),
                    flags.take(Values.bool(row.get("user_verified")), "user_verified")));
        }
        if (referencedAuthor != null) {
            sink.accept(AccountItem.of(referencedAuthor));
        }
        sink.accept(post);
        flags.sendTo(sink, record.line(), record.raw());
        sink.recordRead();
    }

    /** {@code parsed_created_at}, else {@code created_at}; null when neither is usable (then the id's time). */
    private static Instant createdAt(Json2CsvRow row, RecordFlags flags) {
        var parsed = flags.take(row.parsedTime("parsed_created_at"), "parsed_created_at");
        return parsed != null ? parsed : flags.take(row.v1Time("created_at"), "created_at");
    }

    /** An account by id and/or handle; a mangled id is flagged and the account kept by handle, if any. */
    private static AccountRef account(Json2CsvRow row, RecordFlags flags, String idColumn, String handleColumn) {
        var id = flags.take(Values.accountId(row.get(idColumn)), idColumn);
        var handle = row.text(handleColumn);
        if (handle != null && handle.startsWith("@")) {
            handle = handle.substring(1);
        }
        return id == null && (handle == null || handle.isEmpty()) ? null : new AccountRef(id, handle);
    }

    /**
     * Whether {@code retweet_or_quote_id} names a retweet (else a quote). json2csv's {@code tweet_type}
     * says "reply" before "quote", so a reply's reference is a quote; older files' {@code retweet_id}
     * held retweets only; without a usable type, a retweet is told by its "RT @" text.
     */
    private static boolean isRetweet(Json2CsvRow row, String text, RecordFlags flags) {
        if (!row.header().has("retweet_or_quote_id") && !row.header().has("retweet_or_quote_id.1")) {
            return true;
        }
        var type = row.text("tweet_type");
        var kind = type == null ? "" : type.toLowerCase(Locale.ROOT);
        return switch (kind) {
            case "retweet" -> true;
            case "quote", "reply" -> false;
            default -> {
                if (!kind.isEmpty() && !kind.equals("original")) {
                    flags.add("tweet_type: '" + type + "' is not original, retweet, quote or reply; "
                            + "the reference was taken for a retweet or a quote by its text");
                }
                yield text != null && text.startsWith("RT @");
            }
        };
    }

    /** json2csv joins hashtags with spaces, without '#'; a re-saved file may have added one. */
    private static List<String> hashtags(String value) {
        return value == null ? List.of() : List.of(value.split("[\\s,;|]+")).stream()
                .map(tag -> tag.startsWith("#") ? tag.substring(1) : tag).filter(tag -> !tag.isEmpty()).toList();
    }
}
