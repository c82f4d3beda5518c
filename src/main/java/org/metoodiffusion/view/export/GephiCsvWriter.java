package org.metoodiffusion.view.export;

import java.io.IOException;
import java.io.Writer;

import org.metoodiffusion.view.GraphView;

/**
 * Gephi's spreadsheet import (Data Laboratory, "Import Spreadsheet"): a node table whose first
 * columns are {@code Id} and {@code Label}, an edge table with {@code Source}, {@code Target},
 * {@code Type} ({@code Directed}), {@code Id}, {@code Label}, {@code Weight}; extra columns become
 * attributes. {@code Start} holds each post's ISO-8601 time (Gephi can turn it into a timestamp).
 * RFC 4180 quoting.
 */
final class GephiCsvWriter {

    private GephiCsvWriter() {
    }

    static void nodes(GraphView graph, Writer out) throws IOException {
        out.write("Id,Label,Kind,Account,AccountId,Start,Depth,Score,Size,Group,Color,X,Y\r\n");
        for (var node : graph.nodes()) {
            row(out, node.id(), node.label(), node.kind(), node.account(), node.accountId(), node.time().toString(),
                    Integer.toString(node.depth()), Double.toString(node.score()), Double.toString(node.size()),
                    node.group(), Palette.hex(node.group()), Double.toString(node.x()), Double.toString(node.y()));
        }
        out.flush();
    }

    static void edges(GraphView graph, Writer out) throws IOException {
        out.write("Source,Target,Type,Id,Label,Weight,Kind,Start\r\n");
        int id = 0;
        for (var edge : graph.edges()) {
            row(out, edge.source(), edge.target(), "Directed", "e" + id++, edge.kind().toLowerCase(java.util.Locale.ROOT),
                    "1", edge.kind(), edge.time().toString());
        }
        out.flush();
    }

    private static void row(Writer out, String... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells[i]));
        }
        out.write("\r\n");
    }

    static String cell(String value) {
        if (value == null) {
            return "";
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
