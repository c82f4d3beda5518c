package org.metoodiffusion.ingest.format;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One data row of a twarc1 {@code json2csv} file with its header: values by column name, falling
 * back to the {@code name.1} copy pandas makes of a duplicated column, and the format's own value
 * spellings (v1.1 times, pandas' {@code 1204.0} counts).
 */
record Json2CsvRow(CsvHeader header, List<String> fields) {

    /** v1.1's {@code created_at}: "Sun Oct 15 20:21:11 +0000 2017". */
    private static final DateTimeFormatter V1_TIME = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy",
            Locale.ENGLISH);
    /** A whole number written as a float, as pandas writes an integer column with a missing value. */
    private static final Pattern WHOLE_FLOAT = Pattern.compile("(\\d{1,15})\\.0*");

    /** The raw value of the first of {@code columns} the header has (or its {@code .1} copy); null if none. */
    String get(String... columns) {
        for (String column : columns) {
            if (header.has(column)) {
                return header.get(fields, column);
            }
            if (header.has(column + ".1")) {
                return header.get(fields, column + ".1");
            }
        }
        return null;
    }

    /** The first of {@code columns} the header has, to name it in a flag; {@code columns[0]} if none. */
    String columnName(String... columns) {
        for (String column : columns) {
            if (header.has(column) || header.has(column + ".1")) {
                return column;
            }
        }
        return columns[0];
    }

    /** A text value, stripped; null when empty or a missing-value spelling (NaN...). */
    String text(String... columns) {
        var value = get(columns);
        return Values.missing(value) ? null : value.strip();
    }

    /** A count; {@code 1204.0} is accepted, being exact (counts are far below 2^53, unlike ids). */
    Values.Checked<Long> count(String column) {
        var value = get(column);
        if (value != null) {
            var whole = WHOLE_FLOAT.matcher(value.strip());
            if (whole.matches()) {
                return Values.count(whole.group(1));
            }
        }
        return Values.count(value);
    }

    /** {@code parsed_created_at} as dateutil writes it ("2017-10-15 20:21:11+00:00"), or ISO-8601. */
    Values.Checked<Instant> parsedTime(String column) {
        var value = get(column);
        if (Values.missing(value)) {
            return Values.Checked.empty();
        }
        try {
            return new Values.Checked<>(OffsetDateTime.parse(value.strip().replaceFirst(" ", "T")).toInstant(), null);
        } catch (DateTimeParseException e) {
            return new Values.Checked<>(null, "'" + value.strip() + "' is not a time such as 2017-10-15 20:21:11+00:00");
        }
    }

    /** A v1.1 time ("Sun Oct 15 20:21:11 +0000 2017"), or ISO-8601 as a re-saved file may hold. */
    Values.Checked<Instant> v1Time(String column) {
        var value = get(column);
        if (Values.missing(value)) {
            return Values.Checked.empty();
        }
        try {
            return new Values.Checked<>(OffsetDateTime.parse(value.strip(), V1_TIME).toInstant(), null);
        } catch (DateTimeParseException e) {
            var iso = parsedTime(column);
            return iso.bad() ? new Values.Checked<>(null, "'" + value.strip()
                    + "' is not a time such as Sun Oct 15 20:21:11 +0000 2017") : iso;
        }
    }
}
