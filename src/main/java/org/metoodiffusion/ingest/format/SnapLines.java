package org.metoodiffusion.ingest.format;

import java.util.List;
import java.util.regex.Pattern;

import org.metoodiffusion.ingest.AccountRef;
import org.metoodiffusion.ingest.ImportInput;
import org.metoodiffusion.ingest.ImportSink;

/** What the SNAP readers share: whitespace-separated lines, '#' comments, numeric account ids. */
final class SnapLines {

    private SnapLines() {
    }

    /** Blank lines and '#' comments are not records. */
    static boolean skipped(String text) {
        return text.isEmpty() || text.startsWith("#");
    }

    /** The head lines that are records: at least one, and all matching {@code pattern}. */
    static boolean allRecordsMatch(List<String> head, Pattern pattern) {
        var records = head.stream().map(String::strip).filter(line -> !skipped(line)).toList();
        return !records.isEmpty() && records.stream().allMatch(line -> pattern.matcher(line).matches());
    }

    /** The fields of a stripped line, split at runs of whitespace (what {@code \s+} matches). */
    static String[] fields(String text) {
        var fields = new java.util.ArrayList<String>(4);
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean space = i == text.length() || isSpace(text.charAt(i));
            if (space && start >= 0) {
                fields.add(text.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return fields.toArray(String[]::new);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** One record's reading: the line's number and its stripped text. */
    @FunctionalInterface
    interface RecordReader {
        void read(long number, String text, ImportSink sink);
    }

    /** Reads each readable, non-comment line with {@code record}; unreadable lines are rejected. */
    static LineReader lineReader(RecordReader record) {
        return (line, sink) -> {
            var text = recordText(line, sink);
            if (text != null) {
                record.read(line.number(), text, sink);
            }
        };
    }

    /** The text of a readable, non-comment line, or null (having rejected an unreadable one). */
    private static String recordText(ImportInput.Line line, ImportSink sink) {
        if (!line.ok()) {
            sink.reject(line.number(), line.problem(), line.preview());
            return null;
        }
        var text = line.text().strip();
        return skipped(text) ? null : text;
    }

    /** A numeric account id, or null after rejecting the line with {@code role} named. */
    static AccountRef account(String field, String role, long number, String text, ImportSink sink) {
        var id = Values.accountId(field);
        if (id.value() == null) {
            sink.reject(number, role + ": " + id.problem(), text);
            return null;
        }
        return AccountRef.ofId(id.value());
    }
}
