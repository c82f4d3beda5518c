package org.metoodiffusion.forecast;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Both models against observed final sizes: every cascade of the corpus with at least
 * {@code minEvents} events is forecast at each horizon after its start, the baseline fitted on the
 * others (leave-one-out), and the answers scored by the median absolute percentage error
 * {@code |estimate - final| / final} and the share of finals inside the 80% intervals. O(c^2 log c)
 * for c cascades per horizon (a baseline and a linear-in-log fit per cascade), plus SEISMIC's
 * O(events + draws x generations) each.
 */
public final class ForecastEvaluation {

    /** One forecast and the truth. */
    public record Row(String key, Duration horizon, int finalSize, SeismicForecast seismic, BaselineForecast baseline) {

        double seismicError() {
            return Math.abs(seismic.estimate() - finalSize) / finalSize;
        }

        double correctedError() {
            return Math.abs(seismic.corrected().estimate() - finalSize) / finalSize;
        }

        double baselineError() {
            return Math.abs(baseline.estimate() - finalSize) / finalSize;
        }
    }

    /**
     * The scores of a set of rows.
     *
     * @param forecasts        rows scored (those with a baseline: both models on the same cascades)
     * @param seismicMdape      SEISMIC's (the paper's formula) median absolute percentage error, as a fraction
     * @param correctedMdape    SEISMIC's after the linear-in-log correction (NaN without one)
     * @param baselineMdape     the baseline's
     * @param seismicCoverage   share of finals inside SEISMIC's 80% intervals (Monte Carlo)
     * @param correctedCoverage inside the corrected intervals (NaN without one)
     * @param baselineCoverage  the baseline's
     * @param supercritical     SEISMIC forecasts flagged supercritical
     */
    public record Score(int forecasts, double seismicMdape, double correctedMdape, double baselineMdape,
            double seismicCoverage, double correctedCoverage, double baselineCoverage, int supercritical) {

        /** SEISMIC's error over the baseline's: below 1, SEISMIC is better. */
        public double ratio() {
            return seismicMdape / baselineMdape;
        }

        /** Corrected SEISMIC's error over the baseline's. */
        public double correctedRatio() {
            return correctedMdape / baselineMdape;
        }
    }

    private ForecastEvaluation() {
    }

    public static List<Row> forecast(ForecastCorpus corpus, List<Duration> horizons, int minEvents, Seismic seismic) {
        List<Row> rows = new ArrayList<>();
        for (Duration horizon : horizons) {
            double at = horizon.toMillis() / 1000.0;
            for (var entry : corpus.entries()) {
                if (entry.events().size() >= minEvents) {
                    var events = entry.events();
                    rows.add(new Row(entry.key(), horizon, events.size(),
                            corpus.seismicFor(entry.key(), events, at, minEvents, seismic),
                            corpus.baselineFor(entry.key(), events, at, minEvents)));
                }
            }
        }
        return rows;
    }

    /** The score of the rows that have a baseline estimate; NaN figures when none has. */
    public static Score score(List<Row> rows) {
        var scored = rows.stream().filter(row -> row.baseline().estimate() != null).toList();
        double[] seismic = scored.stream().mapToDouble(Row::seismicError).sorted().toArray();
        double[] baseline = scored.stream().mapToDouble(Row::baselineError).sorted().toArray();
        long seismicIn = scored.stream().filter(row -> row.seismic().interval().contains(row.finalSize())).count();
        long baselineIn = scored.stream().filter(row -> row.baseline().interval().contains(row.finalSize())).count();
        int supercritical = (int) scored.stream().filter(row -> row.seismic().supercritical()).count();
        var withCorrection = scored.stream().filter(row -> row.seismic().corrected() != null).toList();
        double[] corrected = withCorrection.stream().mapToDouble(Row::correctedError).sorted().toArray();
        long correctedIn = withCorrection.stream()
                .filter(row -> row.seismic().corrected().interval().contains(row.finalSize())).count();
        int n = scored.size();
        return new Score(n, median(seismic), median(corrected), median(baseline), share(seismicIn, n),
                share(correctedIn, withCorrection.size()), share(baselineIn, n), supercritical);
    }

    private static double share(long inside, int of) {
        return of == 0 ? Double.NaN : (double) inside / of;
    }

    private static double median(double[] sorted) {
        return sorted.length == 0 ? Double.NaN : Seismic.quantile(sorted, 0.5);
    }

    /** Cascades of the corpus with at least {@code minEvents} events. */
    public static long eligible(ForecastCorpus corpus, int minEvents) {
        return corpus.entries().stream().filter(entry -> entry.events().size() >= minEvents).count();
    }
}
