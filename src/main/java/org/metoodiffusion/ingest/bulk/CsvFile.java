package org.metoodiffusion.ingest.bulk;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One offline-import CSV file: a typed header, then rows; null becomes an empty field (no
 * property), text that needs it is quoted with doubled quotes (fields may hold newlines).
 */
final class CsvFile implements Closeable {

    private final Path path;
    private final BufferedWriter out;
    private boolean multiline;

    CsvFile(Path path, String header) {
        this.path = path;
        try {
            this.out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(path), StandardCharsets.UTF_8),
                    1 << 18);
            out.write(header);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + path, e);
        }
    }

    Path path() {
        return path;
    }

    /** Whether a field written so far holds a line break. */
    boolean multiline() {
        return multiline;
    }

    void row(Object... fields) {
        try {
            for (int i = 0; i < fields.length; i++) {
                if (i > 0) {
                    out.write(',');
                }
                write(fields[i]);
            }
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + path, e);
        }
    }

    private void write(Object field) throws IOException {
        if (field == null) {
            return;
        }
        if (field instanceof String text) {
            if (plain(text)) {
                out.write(text);
                return;
            }
            multiline = multiline || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
            out.write('"');
            out.write(text.replace("\"", "\"\""));
            out.write('"');
        } else {
            out.write(field.toString());
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

    /** Closes the file; closing again does nothing. */
    @Override
    public void close() throws IOException {
        out.close();
    }
}
