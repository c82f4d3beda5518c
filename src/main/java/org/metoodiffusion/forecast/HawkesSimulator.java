package org.metoodiffusion.forecast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * Simulates cascades from the process SEISMIC assumes, for tests and benchmarks where the truth is
 * known: a marked Hawkes process in its branching (cluster) form. The root posts at time 0; every
 * event i, whose author has n_i followers, brings Poisson(p n_i) reshares, each after a delay drawn
 * from the {@link MemoryKernel}, each by an author with a lognormal follower count. The branching
 * factor {@code p E[n]} is below 1, so every cascade ends (or stops at {@link Settings#maxEvents}).
 * Seeded: cascade k of a seed is always the same. O(size log size) per cascade.
 */
public final class HawkesSimulator {

    /**
     * @param kernel          the delay density
     * @param followerLogMean mean of ln(followers) of a resharer
     * @param followerLogSd   standard deviation of ln(followers)
     * @param rootLogShift    added to ln(followers) of the root (roots that get reshared are better followed)
     * @param branchingLow    smallest branching factor p E[n] drawn per cascade
     * @param branchingHigh   largest branching factor, below 1
     * @param maxEvents       events at which a cascade is cut
     */
    public record Settings(MemoryKernel kernel, double followerLogMean, double followerLogSd, double rootLogShift,
            double branchingLow, double branchingHigh, int maxEvents) {

        public Settings {
            if (!(followerLogSd >= 0) || !(branchingLow > 0) || !(branchingHigh < 1) || branchingLow > branchingHigh
                    || maxEvents < 1) {
                throw new IllegalArgumentException("need sd >= 0, 0 < branching low <= high < 1 and maxEvents >= 1");
            }
        }

        /** E[n] of the lognormal follower count. */
        public double meanFollowers() {
            return Math.exp(followerLogMean + followerLogSd * followerLogSd / 2);
        }
    }

    /** The benchmark's: paper kernel, median 200 followers (sd of the log 1.5), roots e^4 times better followed, branching 0.3..0.9. */
    public static final Settings BENCHMARK = new Settings(MemoryKernel.PAPER, Math.log(200), 1.5, 4, 0.3, 0.9, 200_000);

    /** A simulated cascade with the truth behind it. */
    public record Simulated(String key, double infectiousness, double branching, boolean truncated, EventSeries events) {
    }

    private final Settings settings;
    private final long seed;

    public HawkesSimulator(Settings settings, long seed) {
        this.settings = settings;
        this.seed = seed;
    }

    /** Cascade {@code index}: its branching factor drawn uniformly in the settings' range. */
    public Simulated cascade(int index) {
        RandomGenerator random = new Well19937c(new int[] {(int) seed, (int) (seed >>> 32), index});
        double branching = settings.branchingLow() + random.nextDouble() * (settings.branchingHigh() - settings.branchingLow());
        return simulate("sim:" + index, branching / settings.meanFollowers(), random);
    }

    /** One cascade of known infectiousness p. */
    public Simulated simulate(String key, double p, RandomGenerator random) {
        List<double[]> events = new ArrayList<>();
        events.add(new double[] {0, followers(random, settings.rootLogShift())});
        boolean truncated = false;
        for (int i = 0; i < events.size() && !truncated; i++) {
            double[] parent = events.get(i);
            long children = (long) Sampling.poisson(random, p * parent[1]);
            for (long c = 0; c < children; c++) {
                if (events.size() >= settings.maxEvents()) {
                    truncated = true;
                    break;
                }
                double delay = settings.kernel().sample(random.nextDouble(), 1 - random.nextDouble());
                events.add(new double[] {parent[0] + delay, followers(random, 0)});
            }
        }
        int[] order = IntStream.range(0, events.size()).boxed()
                .sorted(Comparator.comparingDouble((Integer e) -> events.get(e)[0])).mapToInt(Integer::intValue).toArray();
        double[] seconds = Arrays.stream(order).mapToDouble(e -> events.get(e)[0]).toArray();
        double[] weights = Arrays.stream(order).mapToDouble(e -> events.get(e)[1]).toArray();
        return new Simulated(key, p, p * settings.meanFollowers(), truncated, new EventSeries(seconds, weights, true));
    }

    private double followers(RandomGenerator random, double shift) {
        return Math.max(1, Math.round(Math.exp(settings.followerLogMean() + shift + settings.followerLogSd() * random.nextGaussian())));
    }
}
