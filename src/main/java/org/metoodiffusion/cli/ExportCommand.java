package org.metoodiffusion.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.metoodiffusion.view.GraphViewService;
import org.metoodiffusion.view.ViewFiles;
import org.metoodiffusion.view.ViewRequest;
import org.metoodiffusion.view.ViewResult;
import org.metoodiffusion.view.export.ExportFormat;
import org.metoodiffusion.view.render.ViewRenderer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Writes a cascade or an influence path as a file: for Gephi, Graphviz, yEd, or as a picture. */
@Command(name = "export", mixinStandardHelpOptions = true, subcommands = ExportNetworkCommand.class,
        description = {"Export the diffusion graph of a root (or, with --account, the influence path to an account) "
                + "as gexf (dynamic: Gephi's timeline replays the spread), graphml, dot, csv (Gephi node and edge "
                + "tables: two files), png or svg (the cascade picture). With --chart, a chart as png or svg instead: "
                + "adoption over time, or the cascade size distribution. `export network` writes the account "
                + "interaction network instead."})
final class ExportCommand implements Callable<Integer> {

    private static final List<String> FORMATS = List.of("gexf", "graphml", "dot", "csv", "png", "svg");

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Option(names = {"-r", "--root"},
            description = "milano, burke, a post id, origin:<id>, account:<id>, @handle, #tag (default milano; #metoo "
                    + "with --chart).")
    String root;

    @Option(names = "--chart", description = "Draw a chart instead (JFreeChart): adoption (cumulative accounts by "
            + "attribution and posts over time) or cascade-sizes (CCDF of the sizes of the cascades a hashtag's posts "
            + "start, log-log, per reconstruction).")
    String chart;

    @Mixin
    ChartOptions chartOptions = new ChartOptions();

    @Option(names = "--account", description = "Export the influence path from the root to this account (id or @handle).")
    String account;

    @Option(names = {"-f", "--format"}, description = "gexf, graphml, dot, csv, png or svg (default gexf; png with "
            + "--chart, which takes png or svg).")
    String format;

    @Option(names = {"-o", "--output"}, description = "Output file (default metoo-<root>.<format> in the current directory; "
            + "csv writes <name>.nodes.csv and <name>.edges.csv).")
    Path output;

    @Option(names = "--measure", defaultValue = "descendants", description = "Node size: descendants, followers, pagerank (default ${DEFAULT-VALUE}).")
    String measure;

    @Option(names = "--colour", defaultValue = "root", description = "Colour by root, community (Louvain) or branch (default ${DEFAULT-VALUE}).")
    String colour;

    @Option(names = "--reconstruction", defaultValue = "platform",
            description = "Retweets: platform, followee or interaction (default ${DEFAULT-VALUE}).")
    String reconstruction;

    @Option(names = "--cap", description = "At most this many nodes: the top N by the measure plus the paths connecting "
            + "them (default 2000 for png/svg, " + ViewRequest.MAX_CAP + " otherwise).")
    Integer cap;

    @Override
    public Integer call() throws Exception {
        if (chart != null) {
            return chartOptions.export(spec, database, chart, root, format, reconstruction, output);
        }
        var chosen = (format == null ? "gexf" : format).toLowerCase(Locale.ROOT);
        if (!FORMATS.contains(chosen)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Unknown format '" + format + "'; known: " + FORMATS);
        }
        boolean picture = chosen.equals("png") || chosen.equals("svg");
        int limit = cap != null ? cap : picture ? ViewRequest.DEFAULT_RENDER_CAP : ViewRequest.MAX_CAP;
        try (var batch = BatchContext.open(database)) {
            var views = batch.service(GraphViewService.class);
            var request = ViewRequest.whole(root == null ? "milano" : root, reconstruction, account, measure, colour, limit);
            var view = views.view(request);
            var behind = picture ? views.cascadeBehind(request) : null;
            for (var file : write(view, behind, chosen, batch.service(ViewRenderer.class))) {
                System.out.println(file.toAbsolutePath());
            }
            System.out.printf("%,d nodes and %,d edges of %s%s%n", view.graph().nodes().size(),
                    view.graph().edges().size(), view.rootLabel(), view.capRule() == null ? "" : "; " + view.capRule());
            return 0;
        }
    }

    private List<Path> write(ViewResult view, ViewResult behind, String chosen, ViewRenderer renderer) throws IOException {
        var title = "metoo " + view.root();
        switch (chosen) {
            case "png" -> {
                return List.of(Files.write(target(view, "png"), renderer.png(view, behind)));
            }
            case "svg" -> {
                return List.of(Files.writeString(target(view, "svg"), renderer.svg(view, behind), StandardCharsets.UTF_8));
            }
            case "csv" -> {
                var base = target(view, "csv").toString().replaceFirst("\\.csv$", "");
                var nodes = Path.of(base + ".nodes.csv");
                var edges = Path.of(base + ".edges.csv");
                writeFormat(ExportFormat.NODES_CSV, view, title, nodes);
                writeFormat(ExportFormat.EDGES_CSV, view, title, edges);
                return List.of(nodes, edges);
            }
            default -> {
                var file = target(view, chosen);
                writeFormat(ExportFormat.parse(chosen), view, title, file);
                return List.of(file);
            }
        }
    }

    private static void writeFormat(ExportFormat exportFormat, ViewResult view, String title, Path file) throws IOException {
        try (var writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            exportFormat.write(view.graph(), title, writer);
        }
    }

    private Path target(ViewResult view, String extension) {
        return output != null ? output : Path.of(ViewFiles.name(view, extension));
    }
}
