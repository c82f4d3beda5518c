package org.metoodiffusion.forecast;

/**
 * A prediction interval for a final size.
 *
 * @param level the probability it should hold the final size (0.8 for an 80% interval)
 * @param low   lower end, in events
 * @param high  upper end, in events
 */
public record Interval(double level, double low, double high) {

    public Interval {
        if (!(level > 0 && level < 1) || !(low <= high)) {
            throw new IllegalArgumentException("an interval needs 0 < level < 1 and low <= high");
        }
    }

    public boolean contains(double value) {
        return value >= low && value <= high;
    }
}
