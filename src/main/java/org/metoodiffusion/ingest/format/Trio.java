package org.metoodiffusion.ingest.format;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.metoodiffusion.id.Ids;
import org.metoodiffusion.ingest.AccountRef;

/** Field rules shared by the files of the CSV trio. */
final class Trio {

    static final String SOURCE = CsvTrioReader.NAME;

    private static final Pattern LIST_SEPARATOR = Pattern.compile("[\\s|]+");
    private static final Pattern UNIX_SECONDS = Pattern.compile("\\d{1,11}");

    private Trio() {
    }

    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A list field: values separated by spaces or '|'. */
    static List<String> list(String value) {
        return value == null || value.isBlank() ? List.of()
                : List.of(LIST_SEPARATOR.split(value.strip())).stream().filter(s -> !s.isEmpty()).toList();
    }

    static List<String> hashtags(String value) {
        return list(value).stream().map(tag -> tag.startsWith("#") ? tag.substring(1) : tag)
                .filter(tag -> !tag.isEmpty()).toList();
    }

    static List<AccountRef> mentions(String value, RecordFlags flags) {
        var mentions = new ArrayList<AccountRef>();
        for (String mention : list(value)) {
            var account = Values.idOrHandle(mention);
            if (account.bad()) {
                flags.add("mentions: " + account.problem() + "; that mention dropped");
            } else {
                mentions.add(account.value());
            }
        }
        return mentions;
    }

    /** A time as ISO-8601 or as unix seconds. */
    static Values.Checked<Instant> time(String value) {
        if (value != null && UNIX_SECONDS.matcher(value.strip()).matches()) {
            return new Values.Checked<>(Instant.ofEpochSecond(Long.parseLong(value.strip())), null);
        }
        var iso = Values.isoTime(value);
        return iso.bad() ? new Values.Checked<>(null, iso.problem().replace("such as", "or unix seconds, such as"))
                : iso;
    }

    /**
     * The creation time of post {@code id}: {@code stated} if given, else the one its snowflake id
     * encodes (null when it predates snowflakes).
     */
    static Instant createdAt(String id, Instant stated) {
        if (stated != null) {
            return stated;
        }
        return Values.encodesTime(id) ? Ids.snowflakeTime(Long.parseLong(id)) : null;
    }
}
