package org.metoodiffusion.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.metoodiffusion.api.BadRequestException;
import org.metoodiffusion.influence.ModelFit;
import org.metoodiffusion.influence.ModelService;
import org.metoodiffusion.influence.Summary;
import org.metoodiffusion.trace.Reconstruction;
import org.metoodiffusion.trace.Root;
import org.metoodiffusion.view.chart.ChartFormat;
import org.metoodiffusion.view.chart.ChartSize;
import org.metoodiffusion.view.chart.ModelFitChart;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "model", mixinStandardHelpOptions = true,
        description = "The cascade beside the Independent Cascade model fitted to the interactions (static Bernoulli, "
                + "Goyal et al. 2010), simulated from its first adopters: size, depth, structural virality, adoption "
                + "curve (platform record; --method does not apply).")
final class TraceModelCommand extends TraceSubcommand<ModelService, ModelFit> {

    @Parameters(paramLabel = "ROOT", defaultValue = "milano", description = "The root (default ${DEFAULT-VALUE}).")
    String root;

    @Option(names = "--runs", defaultValue = "" + ModelService.DEFAULT_RUNS,
            description = "Simulations, 1.." + ModelService.MAX_RUNS + " (default ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--seed", defaultValue = "" + ModelService.DEFAULT_SEED,
            description = "Random seed: the same seed, the same answer (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--seeds", defaultValue = "" + ModelService.DEFAULT_SEEDS,
            description = "First adopters to start from, in time order (default ${DEFAULT-VALUE}: the root's author).")
    int seeds;

    @Option(names = "--chart", paramLabel = "FILE", description = "Also draw the adoption curves to FILE (.png or .svg).")
    Path chart;

    TraceModelCommand() {
        super(ModelService.class);
    }

    @Override
    ModelFit answer(ModelService models) {
        if (options.reconstruction() != Reconstruction.PLATFORM) {
            throw new BadRequestException("the model is compared with the platform record: --method does not apply");
        }
        var fit = models.fit(Root.parse(root), options.level(), runs, seed, seeds);
        if (chart != null) {
            var format = chart.toString().toLowerCase(Locale.ROOT).endsWith(".svg") ? ChartFormat.SVG : ChartFormat.PNG;
            try {
                Files.write(chart, format.encode(ModelFitChart.chart(fit), ChartSize.DEFAULT));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            System.err.println("chart: " + chart.toAbsolutePath());
        }
        return fit;
    }

    @Override
    String table(ModelFit fit) {
        var text = new StringBuilder(String.format(Locale.ENGLISH, "Model of %s (%s), level %s: %,d runs, seed %d, from %s%n",
                fit.root(), fit.rootLabel(), fit.level(), fit.runs(), fit.seed(),
                String.join(", ", fit.seeds().stream().map(s -> s.username() != null ? "@" + s.username() : s.id()).toList())));
        var m = fit.model();
        text.append(String.format(Locale.ENGLISH, "  fitted: %s; %,d accounts, %,d edges, mean p %.3f, %,d with p = 1%n",
                m.estimator(), m.accounts(), m.edges(), m.meanProbability(), m.certainEdges()));
        text.append(String.format(Locale.ENGLISH, "  %-20s %10s %10s %10s %10s %10s%n", "measure", "observed", "sim mean",
                "sim p10", "sim p50", "sim p90"));
        row(text, "size (accounts)", fit.size());
        row(text, "depth (hops)", fit.depth());
        row(text, "structural virality", fit.structuralVirality());
        text.append(String.format(Locale.ENGLISH, "  observed size at the %.0f%% point of the simulated sizes%n",
                100 * fit.sizePercentile()));
        text.append(String.format(Locale.ENGLISH, "  %-6s %10s %10s %10s %10s%n", "step", "observed", "sim mean", "sim p10",
                "sim p90"));
        for (ModelFit.AdoptionStep step : fit.adoption()) {
            text.append(String.format(Locale.ENGLISH, "  %-6d %,10d %10.2f %10.1f %10.1f%n", step.step(), step.observed(),
                    step.simulatedMean(), step.simulatedP10(), step.simulatedP90()));
        }
        fit.notes().forEach(note -> text.append("  note: ").append(note).append(System.lineSeparator()));
        return text.toString().stripTrailing();
    }

    private static void row(StringBuilder text, String name, ModelFit.Comparison c) {
        Summary s = c.simulated();
        text.append(String.format(Locale.ENGLISH, "  %-20s %10.3f %10.3f %10.3f %10.3f %10.3f%n", name, c.observed(),
                s.mean(), s.p10(), s.p50(), s.p90()));
    }
}
