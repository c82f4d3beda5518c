package org.metoodiffusion.ingest.format;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.metoodiffusion.id.Ids;
import org.metoodiffusion.id.InvalidIdException;
import org.metoodiffusion.ingest.AccountRef;

/** Field parsing shared by the delimited-text readers. Nothing here throws for bad data. */
final class Values {

    private static final Pattern HANDLE = Pattern.compile("@?\\w{1,50}");
    private static final Set<String> NULLS = Set.of("", "na", "nan", "none", "null");

    private Values() {
    }

    /** A checked value: the value, or why it cannot be used; both null when the field is empty. */
    record Checked<T>(T value, String problem) {

        static <T> Checked<T> empty() {
            return new Checked<>(null, null);
        }

        boolean bad() {
            return problem != null;
        }
    }

    /** True for an empty field, or one of the usual spellings of a missing value (NA, null...). */
    static boolean missing(String value) {
        return value == null || NULLS.contains(value.strip().toLowerCase(Locale.ROOT));
    }

    /** A post id as a decimal string; a float-mangled or otherwise invalid id is a problem. */
    static Checked<String> postId(String value) {
        if (missing(value)) {
            return Checked.empty();
        }
        try {
            return new Checked<>(Ids.requirePostId(value.strip()), null);
        } catch (InvalidIdException e) {
            return new Checked<>(null, e.getMessage());
        }
    }

    /** A platform account id (decimal only; a handle is not an id here). */
    static Checked<String> accountId(String value) {
        if (missing(value)) {
            return Checked.empty();
        }
        var id = value.strip();
        if (!Ids.isDecimal(id)) {
            return new Checked<>(null, describeAccountId(id));
        }
        try {
            return new Checked<>(Ids.requireAccountId(id), null);
        } catch (InvalidIdException e) {
            return new Checked<>(null, e.getMessage());
        }
    }

    /** An account given either as a decimal id or as a {@code @handle}. */
    static Checked<AccountRef> idOrHandle(String value) {
        if (missing(value)) {
            return Checked.empty();
        }
        var text = value.strip();
        if (text.startsWith("@")) {
            return HANDLE.matcher(text).matches() ? new Checked<>(AccountRef.ofUsername(text), null)
                    : new Checked<>(null, "'" + text + "' is not a valid @handle");
        }
        var id = accountId(text);
        return id.bad() ? new Checked<>(null, id.problem()) : new Checked<>(AccountRef.ofId(id.value()), null);
    }

    /** An ISO-8601 instant with an offset or 'Z' ({@code 2017-10-15T20:21:11.000Z}). */
    static Checked<Instant> isoTime(String value) {
        if (missing(value)) {
            return Checked.empty();
        }
        try {
            return new Checked<>(OffsetDateTime.parse(value.strip()).toInstant(), null);
        } catch (DateTimeParseException e) {
            return new Checked<>(null, "'" + value.strip() + "' is not an ISO-8601 time such as 2017-10-15T20:21:11Z");
        }
    }

    /** A count such as a follower count; negative or non-numeric is a problem. */
    static Checked<Long> count(String value) {
        if (missing(value)) {
            return Checked.empty();
        }
        var text = value.strip();
        if (text.matches("\\d{1,18}")) {
            return new Checked<>(Long.parseLong(text), null);
        }
        return new Checked<>(null, "'" + text + "' is not a count");
    }

    /** true/false (also 1/0, yes/no, any case); anything else is a problem. */
    static Checked<Boolean> bool(String value) {
        if (missing(value)) {
            return Checked.empty();
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "t" -> new Checked<>(true, null);
            case "false", "0", "no", "f" -> new Checked<>(false, null);
            default -> new Checked<>(null, "'" + value.strip() + "' is not true or false");
        };
    }

    /**
     * Whether a valid post id is a snowflake id, i.e. encodes its creation time; a record that
     * relies on an older (sequential) id for its time cannot be loaded.
     */
    static boolean encodesTime(String postId) {
        return Ids.encodesTime(Long.parseLong(postId));
    }

    /** Why a post id cannot give the post its time (it predates snowflake ids). */
    static String preSnowflake(String postId) {
        return "id " + postId + " predates snowflake ids (4 Nov 2010), so it encodes no creation time, and the record "
                + "gives none; a post needs one";
    }

    private static String describeAccountId(String id) {
        try {
            Ids.requirePostId(id);
            return "'" + id + "' is not a valid account id";
        } catch (InvalidIdException e) {
            return e.getMessage().replace("post id", "account id");
        }
    }
}
