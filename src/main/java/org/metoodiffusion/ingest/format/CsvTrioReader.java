package org.metoodiffusion.ingest.format;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.metoodiffusion.ingest.ImportInput;
import org.metoodiffusion.ingest.ImportSink;

/**
 * Reads the plain CSV trio for data in no other format: {@code accounts.csv}, {@code posts.csv}
 * and {@code edges.csv}, each recognised by its header, not its name. Spec:
 * {@code importer/formats/csv-trio.md}.
 */
public final class CsvTrioReader implements FormatReader {

    public static final String NAME = "csv";

    /** The rows of one file of the trio. */
    interface TrioFile {

        /** Reads one row that fits the header (field count and encoding already checked). */
        void readRow(CsvHeader header, CsvRecords.Record record, ImportSink sink);
    }

    private static final List<String> ACCOUNTS = List.of("account_id", "username");
    private static final List<String> POSTS = List.of("post_id", "author_id");
    private static final List<String> EDGES = List.of("source", "target", "type");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean sniff(List<String> head) {
        return !head.isEmpty() && fileFor(CsvHeader.sniffColumns(head.get(0))) != null;
    }

    @Override
    public void read(ImportInput input, ImportSink sink) throws IOException {
        try {
            var records = new CsvRecords(input.reader());
            if (!records.hasNext()) {
                return;
            }
            var first = records.next();
            var file = first.ok() ? fileFor(first.fields()) : null;
            if (file == null) {
                sink.reject(first.line(), "not a csv-trio header: expected one starting 'account_id,username', "
                        + "'post_id,author_id' or 'source,target,type'; nothing of this input was read", first.raw());
                return;
            }
            var header = CsvHeader.of(first.fields());
            records.forEachRemaining(record -> {
                var problem = header.rowProblem(record);
                if (problem != null) {
                    sink.reject(record.line(), problem, record.raw());
                } else {
                    file.readRow(header, record, sink);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static TrioFile fileFor(List<String> columns) {
        var names = columns.stream().map(String::strip).toList();
        if (startsWith(names, ACCOUNTS)) {
            return new TrioAccounts();
        }
        if (startsWith(names, POSTS)) {
            return new TrioPosts();
        }
        return startsWith(names, EDGES) ? new TrioEdges() : null;
    }

    private static boolean startsWith(List<String> names, List<String> prefix) {
        return names.size() >= prefix.size() && names.subList(0, prefix.size()).equals(prefix);
    }
}
