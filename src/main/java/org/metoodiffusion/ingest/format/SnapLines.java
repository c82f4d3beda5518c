package org.metoodiffusion.ingest.format;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

import org.metoodiffusion.ingest.AccountRef;
import org.metoodiffusion.ingest.ImportInput;
import org.metoodiffusion.ingest.ImportSink;

/** What the SNAP readers share: whitespace-separated lines, '#' comments, numeric account ids. */
final class SnapLines {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

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

    static String[] fields(String text) {
        return WHITESPACE.split(text);
    }

    /** Hands each readable, non-comment line to {@code record}; unreadable lines are rejected. */
    static void forEachRecord(ImportInput input, ImportSink sink, BiConsumer<Long, String> record) {
        for (var line : input.lines()) {
            var text = recordText(line, sink);
            if (text != null) {
                record.accept(line.number(), text);
            }
        }
    }

    /** The text of a readable, non-comment line, or null (having rejected an unreadable one). */
    static String recordText(ImportInput.Line line, ImportSink sink) {
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
