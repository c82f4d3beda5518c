package org.metoodiffusion.influence;

import java.util.SplittableRandom;

/**
 * The coins of seeded Monte-Carlo runs of an Independent Cascade model, as live edges (Kempe,
 * Kleinberg &amp; Tardos, KDD 2003, claim 2.3): in run r, edge e is live when {@code U(r, e) < p(e)},
 * and a run's activated accounts are those reachable from the seeds over live edges, which has the
 * same distribution as flipping each coin when its source activates. {@code U(r, e)} is SplitMix64
 * (the mixing function of {@link SplittableRandom}) of the run's key plus the edge's index, the
 * run keys drawn from a {@code SplittableRandom} of the seed. So every edge's coin in a run is
 * fixed whatever set is simulated: common random numbers, and comparisons of seed sets differ by
 * the sets only, not by the luck of the draws. O(1) per coin, O(runs) memory.
 */
public final class LiveEdges {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private final long[] keys;

    /** @param runs at least 1 */
    public LiveEdges(long seed, int runs) {
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be at least 1, was " + runs);
        }
        var random = new SplittableRandom(seed);
        keys = new long[runs];
        for (int r = 0; r < runs; r++) {
            keys[r] = random.nextLong();
        }
    }

    public int runs() {
        return keys.length;
    }

    /** Whether the edge of probability p is live in the run. */
    public boolean live(int run, int edge, double probability) {
        return probability >= 1 || (probability > 0 && uniform(keys[run], edge) < probability);
    }

    /** A uniform double in [0, 1) from the key and the edge. */
    static double uniform(long key, int edge) {
        long z = key + (edge + 1L) * GOLDEN_GAMMA;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z ^= z >>> 31;
        return (z >>> 11) * 0x1.0p-53;
    }
}
