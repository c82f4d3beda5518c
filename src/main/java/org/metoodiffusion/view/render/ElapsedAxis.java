package org.metoodiffusion.view.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Elapsed time since the root on a logarithmic axis: position {@code ln(1 + t/u) / ln(1 + T/u)}
 * with {@code u} one minute, so the first minutes and hours, where most of a cascade's spread
 * happens, get as much room as the following months. Ticks at the usual round durations.
 */
final class ElapsedAxis {

    private static final double UNIT = 60;
    private static final long MINUTE = 60;
    private static final long HOUR = 3600;
    private static final long DAY = 86_400;
    private static final long[] TICKS = {0, MINUTE, 10 * MINUTE, HOUR, 6 * HOUR, DAY, 7 * DAY, 30 * DAY, 182 * DAY,
        365 * DAY, 5 * 365 * DAY, 10 * 365 * DAY, 20 * 365 * DAY};
    private static final String[] TICK_LABELS = {"0", "1 min", "10 min", "1 h", "6 h", "1 day", "1 week", "1 month",
        "6 months", "1 year", "5 years", "10 years", "20 years"};

    record Tick(double x, String label) {
    }

    private final double left;
    private final double width;
    private final double span;

    /** @param seconds the longest elapsed time drawn (at least a minute) */
    ElapsedAxis(double left, double width, double seconds) {
        this.left = left;
        this.width = width;
        this.span = Math.log1p(Math.max(seconds, UNIT) / UNIT);
    }

    double x(double seconds) {
        return left + width * Math.log1p(Math.max(0, seconds) / UNIT) / span;
    }

    /** The round durations within the axis, at least {@code gap} pixels apart. */
    List<Tick> ticks(double gap) {
        var ticks = new ArrayList<Tick>();
        double last = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < TICKS.length; i++) {
            double x = x(TICKS[i]);
            if (x > left + width + 1) {
                break;
            }
            if (x - last >= gap) {
                ticks.add(new Tick(x, TICK_LABELS[i]));
                last = x;
            }
        }
        return ticks;
    }

    /** {@code +2 h 39 min}, {@code +3 days 4 h}, {@code +1 year 2 months}: a hop's delay, read at a glance. */
    static String elapsed(double seconds) {
        long s = Math.round(Math.max(0, seconds));
        if (s < MINUTE) {
            return "+" + s + " s";
        }
        if (s < HOUR) {
            return "+" + s / MINUTE + " min";
        }
        if (s < DAY) {
            return "+" + s / HOUR + " h" + (s % HOUR / MINUTE == 0 ? "" : " " + s % HOUR / MINUTE + " min");
        }
        if (s < 365 * DAY) {
            long days = s / DAY;
            return "+" + days + (days == 1 ? " day" : " days") + (s % DAY / HOUR == 0 ? "" : " " + s % DAY / HOUR + " h");
        }
        long years = s / (365 * DAY);
        long months = s % (365 * DAY) / (30 * DAY);
        return "+" + years + (years == 1 ? " year" : " years") + (months == 0 ? "" : " " + months + (months == 1 ? " month" : " months"));
    }
}
