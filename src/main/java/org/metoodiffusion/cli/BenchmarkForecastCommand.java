package org.metoodiffusion.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

import org.metoodiffusion.benchmark.ForecastBenchmark;
import org.metoodiffusion.forecast.CascadeFile;
import org.metoodiffusion.forecast.ForecastCorpus;
import org.metoodiffusion.forecast.ForecastService;
import org.metoodiffusion.forecast.HawkesSimulator;
import org.metoodiffusion.forecast.Horizon;
import org.metoodiffusion.trace.Level;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code benchmark forecast}: SEISMIC against the log-linear baseline on simulated, file or database cascades. */
@Command(name = "forecast", mixinStandardHelpOptions = true,
        description = {"Forecast every cascade of at least --min-events events at each horizon (default 1h and 6h) "
                + "by SEISMIC and the log-linear baseline (fitted on the other cascades), and compare with the final "
                + "sizes: median absolute percentage error and 80% interval coverage, with the goals.",
                "Cascades: simulated from a Hawkes process with SEISMIC's kernel and lognormal follower counts "
                        + "(default; --cascades, --seed), a file (--input cascade,seconds,followers), or the "
                        + "database (--data-dir or -a; --level, --roots)."})
final class BenchmarkForecastCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Option(names = "--input", description = "CSV of events: cascade,seconds,followers (followers may be empty).")
    Path input;

    @Option(names = "--output", description = "Write the simulated cascades to this CSV (readable with --input).")
    Path output;

    @Option(names = "--cascades", defaultValue = "3000", description = "Cascades to simulate (default ${DEFAULT-VALUE}).")
    int cascades;

    @Option(names = "--seed", defaultValue = "2015", description = "Simulation seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--min-events", defaultValue = "50", description = "Cascades forecast and trained on have at least "
            + "this many events (default ${DEFAULT-VALUE}).")
    int minEvents;

    @Option(names = "--horizons", split = ",", defaultValue = "1h,6h", description = "Forecast times after each start "
            + "(default ${DEFAULT-VALUE}).")
    List<String> horizons;

    @Option(names = {"-l", "--level"}, defaultValue = "post", description = "Database cascades: post or account "
            + "(default ${DEFAULT-VALUE}).")
    String level;

    @Option(names = "--roots", defaultValue = "2000", description = "Database cascades: most referenced roots read "
            + "(default ${DEFAULT-VALUE}).")
    int roots;

    @Override
    public Integer call() throws Exception {
        List<Duration> times = horizons.stream().map(Horizon::parse).toList();
        var benchmark = new ForecastBenchmark(times, minEvents, System.out);
        if (input != null) {
            benchmark.run("file " + input, CascadeFile.read(input));
        } else if (database.address != null || database.dataDir != null) {
            Level parsed = Level.parse(level);
            try (var batch = BatchContext.open(database)) {
                var corpus = batch.service(ForecastService.class).corpus(parsed, roots);
                benchmark.run("the database (" + (database.address != null ? database.address : database.dataDir)
                        + "), " + parsed.label() + " level, up to " + roots + " most referenced roots", corpus);
            }
        } else {
            var simulator = new HawkesSimulator(HawkesSimulator.BENCHMARK, seed);
            var entries = IntStream.range(0, cascades).mapToObj(simulator::cascade)
                    .map(c -> new ForecastCorpus.Entry(c.key(), c.events())).toList();
            if (output != null) {
                CascadeFile.write(output, entries);
            }
            benchmark.run(String.format("%,d cascades simulated (seed %d) from a Hawkes process with SEISMIC's kernel "
                    + "(s0 300 s, theta 0.242), lognormal follower counts (median 200, sd of the log 1.5; roots e^4 "
                    + "times more), branching 0.3-0.9", cascades, seed), new ForecastCorpus(entries));
        }
        return 0;
    }
}
