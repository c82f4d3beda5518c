package org.metoodiffusion.forecast;

import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.RandomGenerator;

/** Random draws the simulations share, from a seeded generator, without allocating per draw where it counts. */
final class Sampling {

    private Sampling() {
    }

    /**
     * A Poisson draw of the given mean (0 for a mean &lt;= 0): by multiplying uniforms below 30 (Knuth), by
     * Commons Math's rejection sampler up to a million, beyond by the normal approximation.
     */
    static double poisson(RandomGenerator random, double mean) {
        if (!(mean > 0)) {
            return 0;
        }
        if (mean < 30) {
            double limit = Math.exp(-mean);
            double product = random.nextDouble();
            int count = 0;
            while (product > limit) {
                product *= random.nextDouble();
                count++;
            }
            return count;
        }
        if (mean > 1e6) {
            return Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
        }
        return new PoissonDistribution(random, mean, PoissonDistribution.DEFAULT_EPSILON,
                PoissonDistribution.DEFAULT_MAX_ITERATIONS).sample();
    }

    /** A Gamma(shape, scale) draw (Marsaglia &amp; Tsang 2000; shape below 1 by Gamma(shape + 1) U^(1/shape)). */
    static double gamma(RandomGenerator random, double shape, double scale) {
        if (shape < 1) {
            return gamma(random, shape + 1, scale) * Math.pow(1 - random.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = random.nextGaussian();
            double v = 1 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = 1 - random.nextDouble();
            if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
                return d * v * scale;
            }
        }
    }
}
