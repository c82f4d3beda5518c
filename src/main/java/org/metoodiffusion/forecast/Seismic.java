package org.metoodiffusion.forecast;

import java.util.Arrays;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * SEISMIC (Zhao, Erdogdu, He, Rajaraman &amp; Leskovec, KDD 2015): a cascade's reshares as a
 * self-exciting point process whose intensity at time t is
 * {@code lambda(t) = p_t * sum over events i before t of n_i phi(t - t_i)}, n_i the follower count of
 * event i's author and phi the {@link MemoryKernel}.
 *
 * <p><b>Infectiousness</b> at the forecast time t (the paper's estimator without its
 * time-window smoothing): {@code p_t = R_t / sum_i n_i Phi(t - t_i)}, R_t the reshares by t (events
 * but the root) and Phi the kernel's integral: reshares per follower reached so far.
 *
 * <p><b>Final size</b> (the paper's predictor with alpha = 1 and gamma = n*, the branching-process
 * values; its "linear-in-log" correction, fitted on other cascades, is {@link LinearInLog}):
 * {@code N_t + p_t N^e_t / (1 - n* p_t)}, N_t the events by t (the root included),
 * {@code N^e_t = sum_i n_i (1 - Phi(t - t_i))} the followers still to react, and n* the mean follower
 * count of a resharer ({@link Audience}). When {@code n* p_t >= 1} the cascade is supercritical and the
 * formula diverges (the paper's R implementation answers infinity): the answer says so and uses
 * {@code n* p_t} capped at {@link #MAX_BRANCHING}.
 *
 * <p><b>80% interval</b>, by seeded Monte Carlo over what the point estimate takes as known: each draw
 * takes p from its posterior given the counts (Gamma with shape R_t + 1/2 (Jeffreys) and rate
 * {@code sum_i n_i Phi}: R_t is Poisson given the exposure), then runs the branching process forward:
 * the followers still to react bring a Poisson(p N^e_t) first generation; a generation of g reshares
 * reaches a Gamma-distributed audience of mean g n* and variance g var(n) (their summed follower
 * counts) and brings a Poisson(p audience) next one, until none is left. The interval runs from the
 * 10th to the 90th percentile of N_t plus the drawn totals.
 *
 * <p>Complexity: O(N_t) for the estimate, plus O(draws x generations) for the interval.
 */
public final class Seismic {

    public static final double INTERVAL_LEVEL = 0.8;
    /** The cap on n* p_t when a cascade looks supercritical: at most 20 further reshares for each expected direct one. */
    public static final double MAX_BRANCHING = 0.95;
    public static final int DEFAULT_DRAWS = 2_000;
    public static final long DEFAULT_SEED = 2015;
    private static final double MAX_TOTAL = 1e12;

    private final MemoryKernel kernel;
    private final int draws;
    private final long seed;

    public Seismic() {
        this(MemoryKernel.PAPER, DEFAULT_DRAWS, DEFAULT_SEED);
    }

    /** @param draws Monte Carlo draws for the interval, at least 100; seed makes the interval repeat */
    public Seismic(MemoryKernel kernel, int draws, long seed) {
        if (kernel == null || draws < 100) {
            throw new IllegalArgumentException("SEISMIC needs a kernel and at least 100 interval draws");
        }
        this.kernel = kernel;
        this.draws = draws;
        this.seed = seed;
    }

    public MemoryKernel kernel() {
        return kernel;
    }

    /**
     * @param events   the cascade (only events at or before {@code at} are read)
     * @param at       the forecast time, seconds after the first event, &gt;= 0
     * @param audience n* and the spread of follower counts (use {@link Audience#EQUAL} with equal weights)
     */
    public SeismicForecast forecast(EventSeries events, double at, Audience audience) {
        return forecast(events, at, audience, null, null);
    }

    /**
     * The forecast with the linear-in-log correction as well.
     *
     * @param correction fitted on other cascades at the same age, or null for none
     * @param training   which cascades it was fitted on (for the answer), or why there is none
     */
    public SeismicForecast forecast(EventSeries events, double at, Audience audience, LinearInLog.Model correction,
            String training) {
        var point = point(events, at, audience);
        var interval = interval(point.seen(), point.seen() - 1, point.exposure(), point.remaining(), audience);
        String note = point.supercritical() ? String.format("supercritical: n* p_t = %.3f >= 1, the formula diverges; "
                + "the estimate and interval use n* p_t capped at %.2f", point.branching(), MAX_BRANCHING)
                : point.seen() == 1 ? "no reshares yet: infectiousness 0, the interval comes from its posterior alone" : null;
        var corrected = correction == null ? null : new SeismicForecast.Corrected(
                correction.estimate(point.estimate(), point.seen()), correction.interval(point.estimate(), point.seen()),
                correction, training, correction.extrapolates(point.estimate()) ? String.format("extrapolated: the "
                        + "formula's estimate %.4g is outside the training cascades' %.4g - %.4g", point.estimate(),
                        correction.smallestEstimate(), correction.largestEstimate()) : null);
        return new SeismicForecast(point.seen(), point.estimate(), interval, point.p(), point.branching(),
                point.supercritical(), note, corrected, new SeismicForecast.Parameters(kernel.s0(), kernel.theta(),
                        kernel.c(), 1, audience.mean(), audience.variance(), audience.basis(), point.exposure(),
                        point.remaining(), MAX_BRANCHING, draws, seed));
    }

    /** The formula's estimate alone, without the interval: O(N_t). */
    public double estimate(EventSeries events, double at, Audience audience) {
        return point(events, at, audience).estimate();
    }

    private Point point(EventSeries events, double at, Audience audience) {
        if (!(at >= 0)) {
            throw new IllegalArgumentException("the forecast time must be >= 0, was " + at);
        }
        int seen = events.countBy(at);
        double exposure = 0;
        double remaining = 0;
        for (int i = 0; i < seen; i++) {
            double reached = kernel.integral(at - events.seconds(i));
            exposure += events.weight(i) * reached;
            remaining += events.weight(i) * (1 - reached);
        }
        double p = exposure > 0 ? (seen - 1) / exposure : 0;
        double branching = audience.mean() * p;
        double used = Math.min(branching, MAX_BRANCHING);
        return new Point(seen, exposure, remaining, p, branching, seen + used / audience.mean() * remaining / (1 - used));
    }

    /** What the formula computes. */
    private record Point(int seen, double exposure, double remaining, double p, double branching, double estimate) {

        boolean supercritical() {
            return branching >= 1;
        }
    }

    private Interval interval(int seen, int reshares, double exposure, double remaining, Audience audience) {
        RandomGenerator random = new Well19937c(seed);
        double[] finals = new double[draws];
        for (int d = 0; d < draws; d++) {
            double p = exposure > 0 ? Sampling.gamma(random, reshares + 0.5, 1 / exposure) : 0;
            p = Math.min(p, MAX_BRANCHING / audience.mean());
            double generation = Sampling.poisson(random, p * remaining);
            double total = generation;
            while (generation > 0 && total < MAX_TOTAL) {
                double reached = audience.variance() == 0 ? generation * audience.mean()
                        : Sampling.gamma(random, generation * audience.mean() * audience.mean() / audience.variance(),
                                audience.variance() / audience.mean());
                generation = Sampling.poisson(random, p * reached);
                total += generation;
            }
            finals[d] = seen + total;
        }
        Arrays.sort(finals);
        double tail = (1 - INTERVAL_LEVEL) / 2;
        return new Interval(INTERVAL_LEVEL, quantile(finals, tail), quantile(finals, 1 - tail));
    }

    /** The q-quantile of sorted values, interpolating between order statistics (Hyndman &amp; Fan type 7). */
    static double quantile(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(sorted.length - 1, below + 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
