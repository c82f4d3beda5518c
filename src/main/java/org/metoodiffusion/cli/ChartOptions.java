package org.metoodiffusion.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

    Integer export(CommandSpec spec, DatabaseOptions database, String chart, String root, String format,
            String reconstruction, Path output) throws Exception {
        ChartFormat chosen;
        ChartSize size;
        Root parsed;
        Reconstruction method;
        Adoption.Bucket buckets;
        ChartScale axis;
        try {
            if (!chart.equals("adoption") && !chart.equals("cascade-sizes")) {
                throw new IllegalArgumentException("Unknown chart '" + chart + "': use adoption or cascade-sizes.");
            }
            chosen = ChartFormat.parse(format == null ? "png" : format);
            size = new ChartSize(width, height);
            parsed = Root.parse(root == null ? CascadeSizeChart.DEFAULT_ROOT : root);
            method = Reconstruction.parse(reconstruction);
            buckets = Adoption.Bucket.parse(bucket);
            axis = ChartScale.parse(scale);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        var arguments = new ArrayList<String>();
        database.addTo(arguments);
        try (var context = SpringArguments.batchContext(arguments)) {
            long start = System.nanoTime();
            JFreeChart drawn;
            if (chart.equals("adoption")) {
                var charts = context.getBean(AdoptionChart.class);
                drawn = charts.chart(charts.data(parsed, method, null, buckets, axis));
            } else {
                var charts = context.getBean(CascadeSizeChart.class);
                drawn = charts.chart(charts.data(parsed));
            }
            long data = System.nanoTime();
            byte[] bytes = chosen.encode(drawn, size);
            long end = System.nanoTime();
            var file = Files.write(output != null ? output : Path.of(ChartFiles.name(chart, parsed, chosen.extension())), bytes);
            System.out.println(file.toAbsolutePath());
            System.out.printf(Locale.ENGLISH, "%s chart of %s: data %.2f s, drawing %.2f s%n", chart, parsed,
                    (data - start) / 1e9, (end - data) / 1e9);
            return 0;
        }
    }
}
