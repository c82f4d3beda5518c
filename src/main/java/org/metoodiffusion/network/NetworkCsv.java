package org.metoodiffusion.network;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

/**
 * Gephi's spreadsheet import (Data Laboratory, "Import Spreadsheet"): a node table whose first
 * columns are {@code Id} and {@code Label}, an edge table with {@code Source}, {@code Target},
 * {@code Kind}, {@code Weight} and {@code Type} ({@code Directed}); other columns become
 * attributes. RFC 4180 (FastCSV: quoted when needed, CRLF), UTF-8.
 */
final class NetworkCsv {

    static final String[] NODE_HEADER = {"Id", "Label", "Name", "Followers", "Provisional", "Posts", "PostsCollected"};
    static final String[] EDGE_HEADER = {"Source", "Target", "Kind", "Weight", "Type"};

    private NetworkCsv() {
    }

    static void nodes(NetworkRows rows, Writer out) throws IOException {
        var csv = writer(out);
        csv.writeRecord(NODE_HEADER);
        streaming(() -> rows.nodes(node -> csv.writeRecord(node.id(), node.label(), node.name(),
                node.followers() == null ? null : node.followers().toString(), Boolean.toString(node.provisional()),
                Long.toString(node.posts()), Long.toString(node.postsCollected()))));
        out.flush();
    }

    static void edges(NetworkRows rows, Writer out) throws IOException {
        var csv = writer(out);
        csv.writeRecord(EDGE_HEADER);
        streaming(() -> rows.edges(edge -> csv.writeRecord(edge.source(), edge.target(), edge.kind(),
                Long.toString(edge.weight()), "Directed")));
        out.flush();
    }

    /** Unbuffered over the caller's writer, which the caller buffers and closes. */
    private static CsvWriter writer(Writer out) {
        return CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).bufferSize(0).build(out);
    }

    /** Rows arrive in a callback that cannot throw IOException: FastCSV wraps it; unwrap it here. */
    static void streaming(Runnable rows) throws IOException {
        try {
            rows.run();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
