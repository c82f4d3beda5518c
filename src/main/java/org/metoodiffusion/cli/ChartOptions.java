package org.metoodiffusion.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.metoodiffusion.trace.Adoption;
import org.metoodiffusion.trace.Reconstruction;
import org.metoodiffusion.trace.Root;
import org.metoodiffusion.view.chart.AdoptionChart;
import org.metoodiffusion.view.chart.CascadeSizeChart;
import org.metoodiffusion.view.chart.ChartFiles;
import org.metoodiffusion.view.chart.ChartFormat;
import org.metoodiffusion.view.chart.ChartScale;
import org.metoodiffusion.view.chart.ChartSize;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code export --chart}: the chart options and the export itself, kept out of {@link ExportCommand}
 * so that it stays about graphs. Prints the file written and how long the data and the drawing took.
 */
final class ChartOptions {

    @Option(names = "--bucket", defaultValue = "hour", description = "Adoption chart: hour or day (default ${DEFAULT-VALUE}).")
    String bucket;

    @Option(names = "--scale", defaultValue = "linear", description = "Adoption chart: linear or log (default ${DEFAULT-VALUE}).")
    String scale;

    @Option(names = "--width", defaultValue = "" + ChartSize.DEFAULT_WIDTH, description = "Chart width (default ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--height", defaultValue = "" + ChartSize.DEFAULT_HEIGHT, description = "Chart height (default ${DEFAULT-VALUE}).")
    int height;

    /** The options, checked before the database opens. */
    private record Request(String chart, ChartFormat format, ChartSize size, Root root, Reconstruction method,
            Adoption.Bucket bucket, ChartScale scale) {
    }

    Integer export(CommandSpec spec, DatabaseOptions database, String chart, String root, String format,
            String reconstruction, Path output) throws Exception {
        var request = parse(spec, chart, root, format, reconstruction);
        try (var batch = BatchContext.open(database)) {
            long start = System.nanoTime();
            JFreeChart drawn = draw(batch, request);
            long data = System.nanoTime();
            byte[] bytes = request.format().encode(drawn, request.size());
            long end = System.nanoTime();
            var file = Files.write(output != null ? output
                    : Path.of(ChartFiles.name(chart, request.root(), request.format().extension())), bytes);
            System.out.println(file.toAbsolutePath());
            System.out.printf(Locale.ENGLISH, "%s chart of %s: data %.2f s, drawing %.2f s%n", chart, request.root(),
                    (data - start) / 1e9, (end - data) / 1e9);
            return 0;
        }
    }

    private Request parse(CommandSpec spec, String chart, String root, String format, String reconstruction) {
        try {
            if (!chart.equals("adoption") && !chart.equals("cascade-sizes")) {
                throw new IllegalArgumentException("Unknown chart '" + chart + "': use adoption or cascade-sizes.");
            }
            return new Request(chart, ChartFormat.parse(format == null ? "png" : format), new ChartSize(width, height),
                    Root.parse(root == null ? CascadeSizeChart.DEFAULT_ROOT : root), Reconstruction.parse(reconstruction),
                    Adoption.Bucket.parse(bucket), ChartScale.parse(scale));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private static JFreeChart draw(BatchContext batch, Request request) {
        if (request.chart().equals("adoption")) {
            var charts = batch.service(AdoptionChart.class);
            return charts.chart(charts.data(request.root(), request.method(), null, request.bucket(), request.scale()));
        }
        var charts = batch.service(CascadeSizeChart.class);
        return charts.chart(charts.data(request.root()));
    }
}
