package org.metoodiffusion.forecast;

/**
 * What a future reshare weighs, on average: SEISMIC's {@code n*} (the mean follower count of a
 * resharer, which turns infectiousness into a branching factor {@code n* p}) and the spread of
 * follower counts around it, used by {@link Seismic}'s interval. With equal weights both are exact:
 * mean 1, variance 0.
 *
 * @param mean     n*, &gt; 0
 * @param variance variance of a resharer's weight, &gt;= 0
 * @param basis    where the figures come from, for the answer
 */
public record Audience(double mean, double variance, String basis) {

    /** Equal weights: every event counts as one. */
    public static final Audience EQUAL = new Audience(1, 0, "equal weights");

    public Audience {
        if (!(mean > 0) || !(variance >= 0) || Double.isInfinite(mean) || Double.isInfinite(variance)) {
            throw new IllegalArgumentException("n* must be positive and the variance non-negative, were " + mean + ", " + variance);
        }
    }

    /** The mean and variance of the non-root weights of the given sums (count, sum, sum of squares). */
    public static Audience of(long count, double sum, double sumOfSquares, String basis) {
        if (count < 1 || !(sum > 0)) {
            throw new IllegalArgumentException("no weights to average");
        }
        double mean = sum / count;
        double variance = count < 2 ? 0 : Math.max(0, (sumOfSquares - count * mean * mean) / (count - 1));
        return new Audience(mean, variance, basis);
    }
}
