package org.metoodiffusion.ingest.format;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import org.metoodiffusion.ingest.ImportInput;

/**
 * RFC 4180 records over a character stream: comma-separated fields, optionally double-quoted;
 * a quoted field may hold commas, line breaks and doubled quotes ({@code ""}). Each record carries
 * the line it starts on, since a record may span lines. Blank lines are skipped. A record that
 * cannot be parsed (an unterminated quote, text after a closing quote, an oversized record) comes
 * with a problem instead of failing the whole input. A quote inside an unquoted field is kept as
 * text, as most writers and readers do.
 */
final class CsvRecords implements Iterator<CsvRecords.Record> {

    /** Longest record kept in memory; the rest of a longer one is scanned past, not held. */
    static final int MAX_RECORD_CHARS = ImportInput.MAX_LINE_BYTES;
    private static final int RAW_CHARS = 2_000;
    private static final int EOF = -1;

    /**
     * One record.
     *
     * @param line    1-based line on which the record starts
     * @param fields  field values, unquoted ({@code \r\n} inside a quoted field becomes {@code \n})
     * @param raw     the start of the record's text, for reports
     * @param problem why the record cannot be read, or null
     */
    record Record(long line, List<String> fields, String raw, String problem) {

        boolean ok() {
            return problem == null;
        }

        /** True when some field holds U+FFFD, which a decoder puts where the bytes were not UTF-8. */
        boolean hasReplacementChar() {
            return fields.stream().anyMatch(field -> field.indexOf('\uFFFD') >= 0);
        }
    }

    private final Reader reader;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;
    private long line = 1;
    private boolean first = true;
    private Record next;
    private boolean done;

    CsvRecords(Reader reader) {
        this.reader = reader;
    }

    static Iterable<Record> of(Reader reader) {
        return () -> new CsvRecords(reader);
    }

    @Override
    public boolean hasNext() {
        if (next == null && !done) {
            next = parse();
            done = next == null;
        }
        return next != null;
    }

    @Override
    public Record next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        var record = next;
        next = null;
        return record;
    }

    private Record parse() {
        if (first) {
            first = false;
            if (peek() == '\uFEFF') {
                read();
            }
        }
        while (peek() == '\n' || peek() == '\r') {
            lineEnd(read());
        }
        if (peek() == EOF) {
            return null;
        }
        long start = line;
        var fields = new ArrayList<String>();
        var field = new StringBuilder();
        var raw = new StringBuilder();
        long size = 0;
        boolean quoted = false;
        boolean closed = false;
        String problem = null;
        while (true) {
            int c = read();
            if (c == EOF) {
                if (quoted) {
                    problem = "unterminated quote: the quoted field opened on this record runs to the end of the input";
                }
                break;
            }
            if (raw.length() < RAW_CHARS) {
                raw.append((char) c);
            }
            if (++size > MAX_RECORD_CHARS && problem == null) {
                problem = "record longer than " + MAX_RECORD_CHARS + " characters";
            }
            if (quoted) {
                if (c == '"' && peek() == '"') {
                    read();
                    append(field, '"');
                } else if (c == '"') {
                    quoted = false;
                    closed = true;
                } else if (c == '\n' || c == '\r') {
                    lineEnd(c);
                    append(field, '\n');
                } else {
                    append(field, (char) c);
                }
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                closed = false;
            } else if (c == '\n' || c == '\r') {
                lineEnd(c);
                break;
            } else if (closed) {
                if (problem == null) {
                    problem = "unexpected text after a closing quote (a quote inside a quoted field must be doubled)";
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else {
                append(field, (char) c);
            }
        }
        fields.add(field.toString());
        return new Record(start, List.copyOf(fields), raw.toString().stripTrailing(), problem);
    }

    private static void append(StringBuilder field, char c) {
        if (field.length() < MAX_RECORD_CHARS) {
            field.append(c);
        }
    }

    /** Counts a line end; {@code \r\n} is one. */
    private void lineEnd(int c) {
        if (c == '\r' && peek() == '\n') {
            read();
        }
        line++;
    }

    private int peek() {
        if (position == limit && !fill()) {
            return EOF;
        }
        return buffer[position];
    }

    private int read() {
        int c = peek();
        if (c != EOF) {
            position++;
        }
        return c;
    }

    private boolean fill() {
        try {
            int n = reader.read(buffer, 0, buffer.length);
            position = 0;
            limit = Math.max(n, 0);
            return n > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
