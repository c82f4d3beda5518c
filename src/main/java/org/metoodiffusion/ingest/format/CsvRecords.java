package org.metoodiffusion.ingest.format;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.BiConsumer;

import org.metoodiffusion.ingest.ImportInput;
import org.metoodiffusion.ingest.ImportSink;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * RFC 4180 records over a character stream, parsed by Jackson's CSV parser: fields separated by
 * a comma (or another separator, e.g. a tab), optionally double-quoted; a quoted field may hold
 * separators, line breaks and doubled quotes ({@code ""}). A quote inside an unquoted field is kept
 * as text. Blank lines are skipped, a leading byte-order mark is dropped.
 *
 * <p>A thin adapter, because the importer needs per-record facts the library gives only as
 * exceptions or not at all: each record carries the line it <em>starts</em> on (the location of its
 * first value), and a record that cannot be parsed (an unterminated quote, text after a closing
 * quote, an oversized record) comes with a problem while the records after it still load.
 */
final class CsvRecords implements Iterator<CsvRecords.Record> {

    /** Longest record accepted; a longer one is one problem record. */
    static final int MAX_RECORD_CHARS = ImportInput.MAX_LINE_BYTES;
    /**
     * Longest single value the parser holds. Above the record limit, so that an oversized record is
     * read to its end and rejected alone; still bounded, so a quote left open at the start of a huge
     * file cannot take all memory (past this, Jackson cannot find the next record, see {@link #parse}).
     */
    private static final int MAX_VALUE_CHARS = 4 * MAX_RECORD_CHARS;
    private static final int RAW_CHARS = 2_000;
    private static final char BOM = '\uFEFF';
    private static final CsvFactory FACTORY = CsvFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_VALUE_CHARS).build())
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .build();

    /**
     * One record.
     *
     * @param line    1-based line on which the record starts
     * @param fields  field values, unquoted ({@code \r\n} inside a quoted field becomes {@code \n})
     * @param raw     the start of the record's text (re-written from its fields), for reports
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

    private final CsvParser parser;
    private final char separator;
    private Record next;
    private boolean done;

    CsvRecords(Reader reader) {
        this(reader, ',');
    }

    CsvRecords(Reader reader, char separator) {
        this.separator = separator;
        try {
            parser = FACTORY.createParser(withoutBom(reader));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        parser.setSchema(CsvSchema.emptySchema().withColumnSeparator(separator));
    }

    /**
     * Reads a table whose first line is a header with an {@code id} column, handing every later
     * record to {@code rows}; without such a header nothing is read and the header line is the one
     * reject, naming the {@code format} expected.
     */
    static void readWithIdHeader(Reader reader, char separator, String format, ImportSink sink,
            BiConsumer<CsvHeader, Record> rows) throws IOException {
        try {
            var records = new CsvRecords(reader, separator);
            if (!records.hasNext()) {
                return;
            }
            var first = records.next();
            var header = CsvHeader.of(first.fields());
            if (!first.ok() || !header.has("id")) {
                sink.reject(first.line(), "not a " + format + " header (no 'id' column); nothing of this input was read",
                        first.raw());
                return;
            }
            records.forEachRemaining(record -> rows.accept(header, record));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    static Iterable<Record> of(Reader reader) {
        return () -> new CsvRecords(reader);
    }

    static Iterable<Record> of(Reader reader, char separator) {
        return () -> new CsvRecords(reader, separator);
    }

    @Override
    public boolean hasNext() {
        if (next == null && !done) {
            next = parse();
            done |= next == null;
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

    /**
     * The next record: Jackson gives a row as START_ARRAY, its values, END_ARRAY. After a syntax
     * error it resynchronises at the end of that row, so the error becomes the row's problem. When
     * an error leaves the parser where it was (it can make no progress), reading ends there.
     */
    private Record parse() {
        List<String> fields = null;
        long line = -1;
        long size = 0;
        String problem = null;
        long stuckAt = -1;
        while (true) {
            JsonToken token;
            try {
                token = parser.nextToken();
            } catch (JsonProcessingException e) {
                long offset = parser.currentLocation().getCharOffset();
                if (fields == null) {
                    fields = new ArrayList<>();
                }
                if (line < 0) {
                    line = parser.currentLocation().getLineNr();
                }
                if (problem == null) {
                    problem = describe(e);
                }
                if (offset == stuckAt) {
                    done = true;
                    return record(line, fields, problem + "; the input could not be read past this record");
                }
                stuckAt = offset;
                continue;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (token == null) {
                return fields == null ? null : record(line, fields, problem);
            }
            switch (token) {
                case START_ARRAY -> fields = new ArrayList<>();
                case VALUE_STRING -> {
                    if (line < 0) {
                        line = parser.currentTokenLocation().getLineNr();
                    }
                    var value = text();
                    size += value.length() + 1;
                    fields.add(value);
                }
                case END_ARRAY -> {
                    if (line < 0) {
                        line = parser.currentTokenLocation().getLineNr();
                    }
                    if (size > MAX_RECORD_CHARS && problem == null) {
                        problem = "record longer than " + MAX_RECORD_CHARS + " characters";
                    }
                    return record(line, fields == null ? new ArrayList<>() : fields, problem);
                }
                default -> {
                    // an untyped CSV stream has no other tokens
                }
            }
        }
    }

    private String text() {
        try {
            var value = parser.getText();
            return value.indexOf('\r') < 0 ? value : value.replace("\r\n", "\n").replace('\r', '\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Record record(long line, List<String> fields, String problem) {
        return new Record(Math.max(line, 1), List.copyOf(fields), raw(fields), problem);
    }

    /** The record written back as CSV, cut short: the library keeps no raw text. */
    private String raw(List<String> fields) {
        var raw = new StringBuilder();
        for (int i = 0; i < fields.size() && raw.length() < RAW_CHARS; i++) {
            if (i > 0) {
                raw.append(separator);
            }
            var field = fields.get(i);
            field = field.length() > RAW_CHARS ? field.substring(0, RAW_CHARS) : field;
            boolean quote = field.indexOf(separator) >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0;
            raw.append(quote ? '"' + field.replace("\"", "\"\"") + '"' : field);
        }
        return raw.length() > RAW_CHARS ? raw.substring(0, RAW_CHARS) : raw.toString();
    }

    /** A problem in the importer's words; Jackson's messages name its own API and the source. */
    private static String describe(JsonProcessingException e) {
        var message = String.valueOf(e.getOriginalMessage());
        if (e instanceof StreamConstraintsException) {
            return "record longer than " + MAX_RECORD_CHARS + " characters (a single field of more than "
                    + MAX_VALUE_CHARS + ")";
        }
        if (message.contains("Missing closing quote")) {
            return "unterminated quote: the quoted field opened on this record runs to the end of the input";
        }
        if (message.contains("Expected column separator")) {
            return "unexpected text after a closing quote (a quote inside a quoted field must be doubled)";
        }
        return "unreadable CSV: " + message.lines().findFirst().orElse("");
    }

    private static Reader withoutBom(Reader reader) throws IOException {
        var pushback = new PushbackReader(reader, 1);
        int first = pushback.read();
        if (first >= 0 && first != BOM) {
            pushback.unread(first);
        }
        return pushback;
    }
}
