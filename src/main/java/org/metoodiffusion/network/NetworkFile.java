package org.metoodiffusion.network;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

import org.metoodiffusion.api.BadRequestException;

/** One file of a network export: its extension, media type and writer. */
public enum NetworkFile {
    NODES_CSV("nodes.csv", "text/csv"),
    EDGES_CSV("edges.csv", "text/csv"),
    GEXF("gexf", "application/gexf+xml"),
    GRAPHML("graphml", "application/graphml+xml");

    private final String extension;
    private final String mediaType;

    NetworkFile(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** Writes the network; {@code name} is the graph's title or id inside the file. */
    public void write(NetworkRows rows, String name, Writer out) throws IOException {
        switch (this) {
            case NODES_CSV -> NetworkCsv.nodes(rows, out);
            case EDGES_CSV -> NetworkCsv.edges(rows, out);
            case GEXF -> NetworkGexf.write(rows, name, out);
            case GRAPHML -> NetworkGraphMl.write(rows, name, out);
        }
    }

    /** The files of a format: {@code csv} is two tables (nodes, edges), {@code gexf} and {@code graphml} one file. */
    public static List<NetworkFile> of(String format) {
        return switch (format == null ? "" : format.strip().toLowerCase(Locale.ROOT)) {
            case "csv" -> List.of(NODES_CSV, EDGES_CSV);
            case "gexf" -> List.of(GEXF);
            case "graphml" -> List.of(GRAPHML);
            default -> throw new BadRequestException("unknown network format '" + format
                    + "'; known: csv, gexf, graphml");
        };
    }

    /**
     * One file of a format, as a single HTTP response gives it: {@code csv} needs {@code part}
     * ({@code nodes} or {@code edges}); the other formats take none.
     */
    public static NetworkFile of(String format, String part) {
        var files = of(format);
        if (files.size() == 1) {
            if (part != null && !part.isBlank()) {
                throw new BadRequestException("part applies to format=csv only");
            }
            return files.get(0);
        }
        return switch (part == null ? "" : part.strip().toLowerCase(Locale.ROOT)) {
            case "nodes" -> NODES_CSV;
            case "edges" -> EDGES_CSV;
            default -> throw new BadRequestException("format=csv is two tables: give part=nodes or part=edges"
                    + (part == null || part.isBlank() ? "" : " (not '" + part + "')"));
        };
    }

    /** {@code metoo-network-collected.gexf}, {@code metoo-network-all.nodes.csv}. */
    public String fileName(NetworkScope scope) {
        return NetworkExport.baseName(scope) + "." + extension;
    }
}
