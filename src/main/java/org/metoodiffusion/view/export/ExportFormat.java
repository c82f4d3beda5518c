package org.metoodiffusion.view.export;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.Locale;

import org.metoodiffusion.api.BadRequestException;
import org.metoodiffusion.view.GraphView;

/** The export formats: file extension, media type and writer. */
public enum ExportFormat {
    GEXF("gexf", "application/gexf+xml") {
        @Override
        public void write(GraphView graph, String title, Writer out) throws IOException {
            GexfWriter.write(graph, title, out);
        }
    },
    GRAPHML("graphml", "application/graphml+xml") {
        @Override
        public void write(GraphView graph, String title, Writer out) throws IOException {
            GraphMlWriter.write(graph, title, out);
        }
    },
    DOT("dot", "text/vnd.graphviz") {
        @Override
        public void write(GraphView graph, String title, Writer out) throws IOException {
            DotWriter.write(graph, title, out);
        }
    },
    NODES_CSV("nodes.csv", "text/csv") {
        @Override
        public void write(GraphView graph, String title, Writer out) throws IOException {
            GephiCsvWriter.nodes(graph, out);
        }
    },
    EDGES_CSV("edges.csv", "text/csv") {
        @Override
        public void write(GraphView graph, String title, Writer out) throws IOException {
            GephiCsvWriter.edges(graph, out);
        }
    };

    private final String extension;
    private final String mediaType;

    ExportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public abstract void write(GraphView graph, String title, Writer out) throws IOException;

    /** By name or extension: {@code gexf}, {@code graphml}, {@code dot}, {@code nodes.csv}, {@code edges.csv}. */
    public static ExportFormat parse(String text) {
        var wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(f -> f.extension.equals(wanted) || f.name().toLowerCase(Locale.ROOT).equals(wanted)
                        || f.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(wanted))
                .findFirst()
                .orElseThrow(() -> new BadRequestException("unknown export format '" + text
                        + "'; known: gexf, graphml, dot, nodes.csv, edges.csv"));
    }
}
