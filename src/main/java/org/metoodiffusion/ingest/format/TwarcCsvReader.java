package org.metoodiffusion.ingest.format;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.metoodiffusion.id.Ids;
import org.metoodiffusion.ingest.AccountItem;
import org.metoodiffusion.ingest.AccountRef;
import org.metoodiffusion.ingest.ImportInput;
import org.metoodiffusion.ingest.ImportSink;
import org.metoodiffusion.ingest.PostItem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads the CSV that twarc-csv ({@code twarc2 csv}) writes: one tweet per row, columns found by
 * name in the header (any order, unknown ones ignored), {@code entities.*} columns holding JSON
 * arrays. Spec: {@code importer/formats/twarc-csv.md}.
 */
public final class TwarcCsvReader implements FormatReader {

    public static final String NAME = "twarc-csv";

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean sniff(List<String> head) {
        if (head.isEmpty()) {
            return false;
        }
        var columns = CsvHeader.sniffColumns(head.get(0));
        return columns.contains("id") && columns.contains("author_id")
                && (columns.contains("created_at") || columns.stream().anyMatch(c -> c.startsWith("referenced_tweets.")));
    }

    @Override
    public void read(ImportInput input, ImportSink sink) throws IOException {
        CsvRecords.readWithIdHeader(input.reader(), ',', "twarc-csv", sink,
                (header, record) -> readRow(header, record, sink));
    }

    private static void readRow(CsvHeader header, CsvRecords.Record record, ImportSink sink) {
        var problem = header.rowProblem(record);
        if (problem != null) {
            sink.reject(record.line(), problem, record.raw());
            return;
        }
        var row = new Row(header, record.fields());
        var id = Values.postId(row.get("id"));
        if (id.value() == null) {
            sink.reject(record.line(), id.bad() ? "id: " + id.problem() : "the tweet has no id", record.raw());
            return;
        }
        var flags = new RecordFlags();
        var createdAt = flags.take(Values.isoTime(row.get("created_at")), "created_at");
        boolean timeFromId = createdAt == null;
        if (timeFromId) {
            if (!Values.encodesTime(id.value())) {
                sink.reject(record.line(), Values.preSnowflake(id.value()), record.raw());
                return;
            }
            createdAt = Ids.snowflakeTime(Long.parseLong(id.value()));
        }
        var author = author(row, flags);
        var text = row.get("text");
        var retweetedUserId = flags.take(Values.accountId(row.get("retweeted_user_id")), "retweeted_user_id");
        var replyToUser = flags.take(Values.accountId(row.get("in_reply_to_user_id")), "in_reply_to_user_id");
        var post = new PostItem(id.value(), author, createdAt, timeFromId, text, blankToNull(row.get("lang")),
                flags.take(Values.postId(row.get("conversation_id")), "conversation_id"),
                flags.take(Values.postId(row.get("referenced_tweets.replied_to.id")), "referenced_tweets.replied_to.id"),
                replyToUser == null ? null : AccountRef.ofId(replyToUser),
                flags.take(Values.postId(row.get("referenced_tweets.quoted.id")), "referenced_tweets.quoted.id"),
                flags.take(Values.postId(row.get("referenced_tweets.retweeted.id")), "referenced_tweets.retweeted.id"),
                hashtags(row.get("entities.hashtags"), flags),
                RetweetPrefix.withoutPrefixMention(text, mentions(row.get("entities.mentions"), flags), retweetedUserId),
                NAME, true, firstVersion(id.value(), row.get("edit_history_tweet_ids"), flags));
        if (author != null) {
            sink.accept(new AccountItem(author, blankToNull(row.get("author.name")),
                    flags.take(Values.count(row.get("author.public_metrics.followers_count")), "author followers"),
                    flags.take(Values.count(row.get("author.public_metrics.following_count")), "author following"),
                    flags.take(Values.isoTime(row.get("author.created_at")), "author.created_at"),
                    flags.take(Values.bool(row.get("author.verified")), "author.verified")));
        }
        sink.accept(post);
        flags.sendTo(sink, record.line(), record.raw());
        sink.recordRead();
    }

    /**
     * The first version of an edited tweet, from {@code edit_history_tweet_ids} (a JSON array, or ids
     * separated by commas or spaces); null when this tweet is unedited or the first version.
     */
    private static String firstVersion(String id, String history, RecordFlags flags) {
        if (history == null || history.isBlank()) {
            return null;
        }
        var first = history.replaceAll("[\\[\\]\"']", " ").strip().split("[\\s,]+")[0];
        var version = flags.take(Values.postId(first), "edit_history_tweet_ids");
        return id.equals(version) ? null : version;
    }

    private static AccountRef author(Row row, RecordFlags flags) {
        var id = flags.take(Values.accountId(row.get("author_id", "author.id")), "author_id");
        var username = blankToNull(row.get("author.username"));
        return id == null && username == null ? null : new AccountRef(id, username);
    }

    private static List<String> hashtags(String json, RecordFlags flags) {
        var tags = new ArrayList<String>();
        for (JsonNode entity : entities(json, "entities.hashtags", flags)) {
            var tag = entity.path("tag").asText("");
            if (!tag.isBlank()) {
                tags.add(tag);
            }
        }
        return tags;
    }

    private static List<AccountRef> mentions(String json, RecordFlags flags) {
        var mentions = new ArrayList<AccountRef>();
        for (JsonNode entity : entities(json, "entities.mentions", flags)) {
            var username = blankToNull(entity.path("username").asText(null));
            var id = Values.accountId(entity.path("id").asText(null));
            if (id.bad()) {
                flags.add("entities.mentions: " + id.problem()
                        + (username == null ? "; mention dropped" : "; @" + username + " kept by handle only"));
            }
            if (id.value() != null || username != null) {
                mentions.add(new AccountRef(id.value(), username));
            }
        }
        return mentions;
    }

    private static Iterable<JsonNode> entities(String json, String column, RecordFlags flags) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            var node = JSON.readTree(json);
            if (node.isArray()) {
                return node;
            }
        } catch (JsonProcessingException e) {
            // reported below, without the parser's message (it quotes the input at length)
        }
        flags.add(column + ": not a JSON array; loaded without it");
        return List.of();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** One data row with its header. */
    private record Row(CsvHeader header, List<String> fields) {

        String get(String... columns) {
            return header.get(fields, columns);
        }
    }
}
