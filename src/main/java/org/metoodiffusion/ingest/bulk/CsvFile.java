package org.metoodiffusion.ingest.bulk;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * One offline-import CSV file: a typed header, then rows; null becomes an empty field (no
 * property), text that needs it is quoted with doubled quotes (fields may hold newlines).
 *
 * <p>Rows are formatted straight into a byte buffer as UTF-8: numbers digit by digit, ASCII text
 * byte by byte and instants as {@link Instant#toString()} writes them, with no string built per
 * field (a million posts write about 15 million fields).
 */
final class CsvFile implements Closeable {

    private static final int BUFFER_BYTES = 1 << 20;
    /** Longest a long takes in decimal, sign included. */
    private static final int LONG_CHARS = 20;
    private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
    private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};
    /** 9999-12-31T23:59:59Z: up to there {@link Instant#toString()} writes a four-digit year without sign. */
    private static final long LAST_FOUR_DIGIT_YEAR_SECOND = 253_402_300_799L;
    private static final int SECONDS_PER_DAY = 86_400;
    /** Longest instant written here: {@code 9999-12-31T23:59:59.999999999Z}. */
    private static final int INSTANT_CHARS = 30;

    private final Path path;
    private final OutputStream out;
    private final byte[] buffer = new byte[BUFFER_BYTES];
    private int used;
    private boolean multiline;
    private boolean closed;

    CsvFile(Path path, String header) {
        this.path = path;
        try {
            this.out = Files.newOutputStream(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + path, e);
        }
        text(header);
        put('\n');
    }

    Path path() {
        return path;
    }

    /** Whether a field written so far holds a line break. */
    boolean multiline() {
        return multiline;
    }

    /** A row of two numbers: a relationship file's start and end node ids. */
    void row(long start, long end) {
        number(start);
        put(',');
        number(end);
        put('\n');
    }

    void row(Object... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                put(',');
            }
            field(fields[i]);
        }
        put('\n');
    }

    private void field(Object field) {
        if (field == null) {
            return;
        }
        if (field instanceof String text) {
            if (plain(text)) {
                text(text);
                return;
            }
            multiline = multiline || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
            put('"');
            text(text.replace("\"", "\"\""));
            put('"');
        } else if (field instanceof Long number) {
            number(number);
        } else if (field instanceof Integer number) {
            number(number);
        } else if (field instanceof Instant instant) {
            instant(instant);
        } else if (field instanceof Boolean flag) {
            bytes(flag ? TRUE : FALSE);
        } else {
            text(field.toString());
        }
    }

    /**
     * Whether the importer reads {@code text} back unchanged without quotes: not empty (an empty
     * unquoted field is no value), no delimiter, quote or line break, no space at either end. Ids,
     * handles and dates are; the importer parses them faster unquoted.
     */
    private static boolean plain(String text) {
        int length = text.length();
        if (length == 0 || text.charAt(0) == ' ' || text.charAt(length - 1) == ' ') {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r' || c == '\t') {
                return false;
            }
        }
        return true;
    }

    /** {@code text} as UTF-8: byte by byte while it is ASCII, else through the JDK's encoder. */
    private void text(String text) {
        int length = text.length();
        if (length > buffer.length - used) {
            flush();
        }
        if (length <= buffer.length) {
            int at = used;
            for (int i = 0; i < length; i++) {
                char c = text.charAt(i);
                if (c >= 0x80) {
                    bytes(text.getBytes(StandardCharsets.UTF_8));
                    return;
                }
                buffer[at++] = (byte) c;
            }
            used = at;
        } else {
            bytes(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private void number(long value) {
        if (buffer.length - used < LONG_CHARS) {
            flush();
        }
        if (value == Long.MIN_VALUE) {
            text(Long.toString(value));
            return;
        }
        if (value < 0) {
            buffer[used++] = '-';
            value = -value;
        }
        int digits = 1;
        for (long rest = value / 10; rest > 0; rest /= 10) {
            digits++;
        }
        int at = used + digits;
        used = at;
        do {
            buffer[--at] = (byte) ('0' + value % 10);
            value /= 10;
        } while (value > 0);
    }

    /**
     * {@code instant} exactly as {@link Instant#toString()} (ISO-8601, UTC, the fraction in groups of
     * three digits, none when zero) for the years 1970 to 9999, by Hinnant's days-to-civil
     * algorithm ("chrono-Compatible Low-Level Date Algorithms", 2013); other years through the JDK.
     */
    private void instant(Instant instant) {
        long seconds = instant.getEpochSecond();
        if (seconds < 0 || seconds > LAST_FOUR_DIGIT_YEAR_SECOND) {
            text(instant.toString());
            return;
        }
        if (buffer.length - used < INSTANT_CHARS) {
            flush();
        }
        long days = seconds / SECONDS_PER_DAY;
        int secondOfDay = (int) (seconds % SECONDS_PER_DAY);
        long z = days + 719_468;
        long era = z / 146_097;
        long dayOfEra = z - era * 146_097;
        long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long monthFromMarch = (5 * dayOfYear + 2) / 153;
        int day = (int) (dayOfYear - (153 * monthFromMarch + 2) / 5 + 1);
        int month = (int) (monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9);
        int year = (int) (yearOfEra + era * 400 + (month <= 2 ? 1 : 0));
        digits(year, 4);
        buffer[used++] = '-';
        digits(month, 2);
        buffer[used++] = '-';
        digits(day, 2);
        buffer[used++] = 'T';
        digits(secondOfDay / 3600, 2);
        buffer[used++] = ':';
        digits(secondOfDay / 60 % 60, 2);
        buffer[used++] = ':';
        digits(secondOfDay % 60, 2);
        int nanos = instant.getNano();
        if (nanos > 0) {
            buffer[used++] = '.';
            if (nanos % 1_000_000 == 0) {
                digits(nanos / 1_000_000, 3);
            } else if (nanos % 1000 == 0) {
                digits(nanos / 1000, 6);
            } else {
                digits(nanos, 9);
            }
        }
        buffer[used++] = 'Z';
    }

    /** {@code value} in exactly {@code width} digits, zero-padded; the caller has made room. */
    private void digits(int value, int width) {
        for (int at = used + width - 1; at >= used; at--) {
            buffer[at] = (byte) ('0' + value % 10);
            value /= 10;
        }
        used += width;
    }

    private void bytes(byte[] bytes) {
        if (bytes.length > buffer.length - used) {
            flush();
            if (bytes.length > buffer.length) {
                write(bytes, bytes.length);
                return;
            }
        }
        System.arraycopy(bytes, 0, buffer, used, bytes.length);
        used += bytes.length;
    }

    private void put(char c) {
        if (used == buffer.length) {
            flush();
        }
        buffer[used++] = (byte) c;
    }

    private void flush() {
        write(buffer, used);
        used = 0;
    }

    private void write(byte[] bytes, int length) {
        try {
            out.write(bytes, 0, length);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + path, e);
        }
    }

    /** Closes the file; closing again does nothing. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try (out) {
            out.write(buffer, 0, used);
            used = 0;
        }
    }
}
