package org.metoodiffusion.forecast;

import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.RandomGenerator;

/** Random draws the simulations share, from a seeded generator. */
final class Sampling {

    private Sampling() {
    }

    /** A Poisson draw of the given mean (0 for a mean &lt;= 0); beyond a million, its normal approximation. */
    static double poisson(RandomGenerator random, double mean) {
        if (!(mean > 0)) {
            return 0;
        }
        if (mean > 1e6) {
            return Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
        }
        return new PoissonDistribution(random, mean, PoissonDistribution.DEFAULT_EPSILON,
                PoissonDistribution.DEFAULT_MAX_ITERATIONS).sample();
    }
}
