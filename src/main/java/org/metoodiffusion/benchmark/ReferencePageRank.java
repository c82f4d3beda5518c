package org.metoodiffusion.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * A reference tool's PageRank on a weighted edge list ({@code source target weight}), timed by its
 * script under {@code resources/benchmark}: the call alone, and end to end (read the file, build the
 * graph, PageRank, the top 100), as a request to us is timed.
 */
record ReferencePageRank(Tool tool, String version, long nodes, long edges, double computeSeconds,
        double endToEndSeconds) {

    /** The tools a researcher would use instead, from Debian's Python packages. */
    enum Tool {
        IGRAPH("igraph", "/benchmark/igraph_pagerank.py"), NETWORKX("networkx", "/benchmark/networkx_pagerank.py");

        final String label;
        final String script;

        Tool(String label, String script) {
            this.label = label;
            this.script = script;
        }
    }

    /** Runs {@code tool}, printing its figures; null (having said so) when it is not installed. */
    static ReferencePageRank run(Tool tool, Path weighted, Path workDir, PrintStream out)
            throws IOException, InterruptedException {
        var script = workDir.resolve(tool.script.substring(tool.script.lastIndexOf('/') + 1));
        try (InputStream in = ReferencePageRank.class.getResourceAsStream(tool.script)) {
            Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
        }
        var result = ToolRun.of(List.of(python(), script.toString(), weighted.toString()));
        if (result == null || result.code() != 0) {
            out.println(tool.label + ": skipped (" + python() + " with " + tool.label + " not available: apt-get "
                    + "install python3-" + tool.label + ")" + (result == null ? "" : ": " + lastLine(result.output())));
            return null;
        }
        var fields = lastLine(result.output()).split(" ");
        var reference = new ReferencePageRank(tool, fields[4], Long.parseLong(fields[0]), Long.parseLong(fields[1]),
                Double.parseDouble(fields[2]), Double.parseDouble(fields[3]));
        out.printf("%s %s PageRank (same %,d nodes, %,d weighted edges): compute only %.3f s; end to end (read the "
                + "edge file, build the graph, PageRank, top 100) %.2f s%n", tool.label, reference.version(),
                reference.nodes(), reference.edges(), reference.computeSeconds(), reference.endToEndSeconds());
        return reference;
    }

    /** Debian's Python, whose packages (python3-igraph, python3-networkx) the scripts use; else the PATH's. */
    private static String python() {
        return Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
    }

    private static String lastLine(String output) {
        return output.strip().lines().reduce((a, b) -> b).orElse("");
    }
}
