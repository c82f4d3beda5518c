package org.metoodiffusion.ingest.format;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.metoodiffusion.id.Ids;
import org.metoodiffusion.id.InvalidIdException;
import org.metoodiffusion.ingest.AccountRef;
import org.metoodiffusion.ingest.ImportSink;

/**
 * What the Twitter JSON readers share: parsing, ids read as strings (never through a double),
 * times, counts.
 */
final class TweetJson {

    /** Trailing tokens fail, so "one JSON value per line" is really checked. */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    /** For values streamed one by one out of a document, where more of it follows by design. */
    static final ObjectReader STREAM_READER = MAPPER.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private static final DateTimeFormatter V1_TIME =
            DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ENGLISH);
    private static final int MAX_MESSAGE = 160;

    private TweetJson() {
    }

    /** Parses one complete JSON value, or throws {@link BadRecord} with Jackson's message shortened. */
    static JsonNode parse(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new BadRecord("malformed JSON: " + shortMessage(e));
        }
    }

    /** One JSON line's reading: the parsed value, the line's number and its text. */
    @FunctionalInterface
    interface DocumentReader {
        void read(JsonNode document, long number, String text, ImportSink sink);
    }

    /**
     * Reads each readable, non-blank line as one JSON document with {@code document}; unreadable
     * lines, malformed JSON and records {@code document} refuses ({@link BadRecord}) are rejected.
     */
    static LineReader lineReader(DocumentReader document) {
        return (line, sink) -> {
            if (!line.ok()) {
                sink.reject(line.number(), line.problem(), line.preview());
                return;
            }
            if (line.text().isBlank()) {
                return;
            }
            try {
                document.read(parse(line.text()), line.number(), line.text(), sink);
            } catch (BadRecord e) {
                sink.reject(line.number(), e.getMessage(), line.text());
            }
        };
    }

    /** Jackson's message without its source excerpt, location blurb or anything past the first line. */
    static String shortMessage(JsonProcessingException e) {
        var message = String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("");
        message = message.replaceAll("\\s*\\(start marker at \\[Source:.*?]\\)", "")
                .replaceAll("\\s*\\[Source:.*?]", "").strip();
        JsonLocation at = e.getLocation();
        if (at != null && at.getColumnNr() > 0) {
            message += " (column " + at.getColumnNr() + ")";
        }
        return message.length() > MAX_MESSAGE ? message.substring(0, MAX_MESSAGE) + "..." : message;
    }

    /** A text field, or null when absent, null or blank. Non-text scalars give their text. */
    static String text(JsonNode node, String field) {
        var value = node == null ? null : node.get(field);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        var text = value.asText();
        return text.isBlank() ? null : text;
    }

    /** An object field, or null when absent or not an object. */
    static JsonNode object(JsonNode node, String field) {
        var value = node == null ? null : node.get(field);
        return value != null && value.isObject() ? value : null;
    }

    /**
     * A post id from a string or an integral number, or null when absent.
     *
     * @throws InvalidIdException when present but unusable, e.g. mangled into a float
     */
    static String postId(JsonNode node, String field) {
        var raw = rawId(node, field);
        return raw == null ? null : Ids.requirePostId(raw);
    }

    /** An account id (decimal only: a handle is never an id field), or null when absent. */
    static String accountId(JsonNode node, String field) {
        var raw = rawId(node, field);
        if (raw != null && raw.startsWith("@")) {
            throw new InvalidIdException("'" + raw + "' is a handle, not an account id.");
        }
        return raw == null ? null : Ids.requireAccountId(raw);
    }

    /** The post id at {@code index} of an array of ids, or null when absent. */
    static String postId(JsonNode array, int index) {
        var raw = array == null ? null : rawIdValue(array.get(index), "element " + index);
        return raw == null ? null : Ids.requirePostId(raw);
    }

    private static String rawId(JsonNode node, String field) {
        return rawIdValue(node == null ? null : node.get(field), field);
    }

    /** The id as the JSON gives it, digits kept exactly: an integral number via BigInteger, a float as printed. */
    private static String rawIdValue(JsonNode value, String field) {
        if (value == null || value.isNull()) {
            return null;
        }
        String raw;
        if (value.isIntegralNumber()) {
            raw = value.bigIntegerValue().toString();
        } else if (value.isNumber() || value.isTextual()) {
            raw = value.asText().strip();
        } else {
            throw new InvalidIdException("'" + field + "' is a JSON " + value.getNodeType().name().toLowerCase(Locale.ROOT)
                    + ", not an id.");
        }
        return raw.isEmpty() ? null : raw;
    }

    /** A v1.1 time ("Sun Oct 15 20:21:11 +0000 2017"). */
    static Instant v1Time(String text) {
        return OffsetDateTime.parse(text, V1_TIME).toInstant();
    }

    /**
     * An ISO-8601 time ("2017-10-15T20:21:11.000Z"). The shape the v2 API writes every time in is read
     * by hand: {@code OffsetDateTime.parse} took a third of the JSON reader's time. Any other shape, and
     * any invalid field, goes to {@code OffsetDateTime.parse}, which gives the same answer or the same error.
     */
    static Instant isoTime(String text) {
        if (text.length() == 24 && text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T'
                && text.charAt(13) == ':' && text.charAt(16) == ':' && text.charAt(19) == '.' && text.charAt(23) == 'Z') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            int hour = digits(text, 11, 13);
            int minute = digits(text, 14, 16);
            int second = digits(text, 17, 19);
            int millis = digits(text, 20, 23);
            if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= 28 && hour >= 0 && hour < 24
                    && minute >= 0 && minute < 60 && second >= 0 && second < 60 && millis >= 0) {
                long days = LocalDate.of(year, month, day).toEpochDay();
                return Instant.ofEpochSecond(days * 86_400 + hour * 3_600 + minute * 60 + second, millis * 1_000_000L);
            }
        }
        return OffsetDateTime.parse(text).toInstant();
    }

    /** The decimal number in {@code text[from, to)}, or -1 if a character is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** Parses a time with {@code parser}, or returns null when absent or unreadable. */
    static Instant time(String text, Function<String, Instant> parser) {
        if (text == null) {
            return null;
        }
        try {
            return parser.apply(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The time a snowflake post id encodes, or null for a pre-snowflake id that encodes none. */
    static Instant timeFromId(String id) {
        long value = Long.parseLong(id);
        return Ids.encodesTime(value) ? Ids.snowflakeTime(value) : null;
    }

    /** An integral count, or null. */
    static Long count(JsonNode node, String field) {
        var value = node == null ? null : node.get(field);
        return value != null && value.canConvertToExactIntegral() && value.canConvertToLong() ? value.longValue() : null;
    }

    /** A boolean, or null. */
    static Boolean bool(JsonNode node, String field) {
        var value = node == null ? null : node.get(field);
        return value != null && value.isBoolean() ? value.booleanValue() : null;
    }

    /** The elements of an array field (none when absent or not an array). */
    static List<JsonNode> elements(JsonNode node, String field) {
        var value = node == null ? null : node.get(field);
        var list = new ArrayList<JsonNode>();
        if (value != null && value.isArray()) {
            value.forEach(list::add);
        }
        return list;
    }

    /** "Rate limit exceeded (code 88)" from an {@code errors} array, v1.1 or v2 style. */
    static String firstError(JsonNode node) {
        var errors = elements(node, "errors");
        if (errors.isEmpty()) {
            return "no details";
        }
        var first = errors.get(0);
        var message = text(first, "message");
        if (message == null) {
            message = text(first, "detail");
        }
        if (message == null) {
            message = text(first, "title");
        }
        if (message == null) {
            message = first.toString();
        }
        var code = text(first, "code");
        var more = errors.size() > 1 ? " and " + (errors.size() - 1) + " more" : "";
        return message + (code != null ? " (code " + code + ")" : "") + more;
    }

    /** A short description of a JSON node's kind, for rejects. */
    static String kind(JsonNode node) {
        return node.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    /** A post's creation time and whether it was derived from the id. */
    record PostTime(Instant at, boolean fromId) {
    }

    /**
     * The stated time, else (absent or unreadable, the latter flagged) the time the snowflake id
     * encodes; a record with neither cannot be placed in time and is rejected.
     */
    static PostTime postTime(String stated, Function<String, Instant> parser, String id, RecordItems out) {
        var at = time(stated, parser);
        if (at != null) {
            return new PostTime(at, false);
        }
        var derived = timeFromId(id);
        if (derived == null) {
            throw new BadRecord("post " + id + " has no readable created_at and its id predates snowflake ids, "
                    + "so it encodes no time");
        }
        if (stated != null) {
            out.flag("created_at '" + stated + "' of post " + id + " is unreadable; time taken from the id");
        }
        return new PostTime(derived, true);
    }

    /** A referenced post id; a mangled one is flagged and dropped (the record loads without that edge). */
    static String refId(JsonNode node, String field, String what, RecordItems out) {
        try {
            return postId(node, field);
        } catch (InvalidIdException e) {
            out.flag(what + " dropped (" + field + "): " + e.getMessage());
            return null;
        }
    }

    /** A referenced account id; a mangled one is flagged and dropped (the handle, if any, still serves). */
    static String refAccountId(JsonNode node, String field, String what, RecordItems out) {
        try {
            return accountId(node, field);
        } catch (InvalidIdException e) {
            out.flag(what + " id dropped (" + field + "): " + e.getMessage());
            return null;
        }
    }

    /** An account reference, or null when neither id nor handle is known. */
    static AccountRef account(String id, String username) {
        return id == null && (username == null || username.isBlank()) ? null
                : new AccountRef(id, username == null || username.isBlank() ? null : username);
    }
}
