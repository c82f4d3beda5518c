package org.metoodiffusion.cli;

import org.metoodiffusion.forecast.BaselineForecast;
import org.metoodiffusion.forecast.Forecast;
import org.metoodiffusion.forecast.Interval;
import org.metoodiffusion.forecast.SeismicForecast;

/** A forecast as plain text: both models, one line each, then their parameters and notes. */
final class ForecastTable {

    private ForecastTable() {
    }

    static String of(Forecast f) {
        var text = new StringBuilder(String.format("Forecast of %s (%s), level %s, at %s: events from %s to %s%n",
                f.root(), f.rootLabel(), f.level(), f.at(), f.start(), f.forecastTime()));
        text.append(String.format("  observed now: %,d events (%,d without a time left out); weighting: %s%n",
                f.observedSize(), f.untimedEvents(), f.weighting()));
        text.append(String.format("  %-9s %11s %12s  %s%n", "model", "events used", "final size", "80% interval"));
        SeismicForecast s = f.seismic();
        text.append(String.format("  %-9s %,11d %,12.1f  %s%n", "SEISMIC", s.eventsUsed(), s.estimate(), interval(s.interval())));
        if (s.corrected() != null) {
            text.append(String.format("  %-9s %,11d %,12.1f  %s  (linear-in-log corrected, fitted on %s)%n", "SEISMIC*",
                    s.eventsUsed(), s.corrected().estimate(), interval(s.corrected().interval()), s.corrected().training()));
            if (s.corrected().note() != null) {
                text.append("    SEISMIC*: ").append(s.corrected().note()).append(System.lineSeparator());
            }
        }
        BaselineForecast b = f.baseline();
        text.append(String.format("  %-9s %,11d %12s  %s%n", "baseline", b.eventsUsed(),
                b.estimate() == null ? "-" : String.format("%,.1f", b.estimate()), interval(b.interval())));
        var p = s.parameters();
        text.append(String.format("  SEISMIC: p_t %.4g, n* %.4g (%s), n* p_t %.3f%s; kernel s0 %.0f s, theta %.3f, "
                + "c %.3g/s; exposure %.4g, still to react %.4g%n", s.infectiousness(), p.nStar(), p.audienceBasis(),
                s.branching(), s.supercritical() ? " SUPERCRITICAL" : "", p.s0(), p.theta(), p.c(), p.exposure(),
                p.remainingExposure()));
        if (s.note() != null) {
            text.append("    ").append(s.note()).append(System.lineSeparator());
        }
        if (b.parameters() != null) {
            text.append(String.format("  baseline: b %.4f, noise variance %.4f, residual percentiles %.3f / %.3f, fitted on %s%n",
                    b.parameters().b(), b.parameters().noiseVariance(), b.parameters().residualLow(),
                    b.parameters().residualHigh(), b.training()));
        }
        if (b.note() != null) {
            text.append("  baseline: ").append(b.note()).append(System.lineSeparator());
        }
        return text.toString().stripTrailing();
    }

    private static String interval(Interval interval) {
        return interval == null ? "-" : String.format("%,.1f - %,.1f", interval.low(), interval.high());
    }
}
