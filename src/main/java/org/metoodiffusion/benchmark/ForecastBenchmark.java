package org.metoodiffusion.benchmark;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

import org.metoodiffusion.forecast.ForecastCorpus;
import org.metoodiffusion.forecast.ForecastEvaluation;
import org.metoodiffusion.forecast.Horizon;
import org.metoodiffusion.forecast.Seismic;

/**
 * Forecasting against observed final sizes: every cascade of at least {@code minEvents} events is
 * forecast at each horizon by SEISMIC and by the log-linear baseline (fitted on the other cascades),
 * and the run prints each model's median absolute percentage error and the share of finals inside its
 * 80% interval, per horizon and over all, with the goals: SEISMIC's error at most
 * {@value #RATIO_GOAL} of the baseline's, and its intervals holding 70-90% of the finals.
 */
public final class ForecastBenchmark {

    public static final double RATIO_GOAL = 0.7;
    public static final double COVERAGE_LOW = 0.7;
    public static final double COVERAGE_HIGH = 0.9;

    private final List<Duration> horizons;
    private final int minEvents;
    private final PrintStream out;

    public ForecastBenchmark(List<Duration> horizons, int minEvents, PrintStream out) {
        if (horizons.isEmpty() || minEvents < 2) {
            throw new IllegalArgumentException("give at least one horizon and a minimum of 2 events or more");
        }
        this.horizons = List.copyOf(horizons);
        this.minEvents = minEvents;
        this.out = out;
    }

    /** @param source what the cascades are, for the first line */
    public void run(String source, ForecastCorpus corpus) {
        out.printf("Forecast benchmark: %s%n", source);
        out.printf("%,d cascades, %,d with >= %d events forecast at %s after their start%n", corpus.entries().size(),
                ForecastEvaluation.eligible(corpus, minEvents), minEvents,
                String.join(" and ", horizons.stream().map(Horizon::format).toList()));
        long started = System.nanoTime();
        var rows = ForecastEvaluation.forecast(corpus, horizons, minEvents, new Seismic());
        for (Duration horizon : horizons) {
            print("at " + Horizon.format(horizon), ForecastEvaluation.score(rows.stream()
                    .filter(row -> row.horizon().equals(horizon)).toList()));
        }
        var all = ForecastEvaluation.score(rows);
        print("all", all);
        out.printf("(%.1f s)%n", (System.nanoTime() - started) / 1e9);
        boolean ratioMet = all.ratio() <= RATIO_GOAL;
        boolean coverageMet = all.seismicCoverage() >= COVERAGE_LOW && all.seismicCoverage() <= COVERAGE_HIGH;
        out.printf("goal seismic-vs-baseline: %.2f (<= %.1f): %s%n", all.ratio(), RATIO_GOAL, ratioMet ? "met" : "NOT met");
        out.printf("goal interval-coverage: %.1f%% (70-90%%): %s%n", 100 * all.seismicCoverage(),
                coverageMet ? "met" : "NOT met");
    }

    private void print(String label, ForecastEvaluation.Score score) {
        out.printf("  %-6s %,5d forecasts, median APE / inside the 80%% intervals: SEISMIC %.1f%% / %.1f%% (ratio to the "
                + "baseline %.2f; %d supercritical), SEISMIC linear-in-log %.1f%% / %.1f%% (ratio %.2f), baseline %.1f%% / "
                + "%.1f%%%n", label, score.forecasts(), 100 * score.seismicMdape(), 100 * score.seismicCoverage(),
                score.ratio(), score.supercritical(), 100 * score.correctedMdape(), 100 * score.correctedCoverage(),
                score.correctedRatio(), 100 * score.baselineMdape(), 100 * score.baselineCoverage());
    }
}
