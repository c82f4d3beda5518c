package org.metoodiffusion.forecast;

/**
 * SEISMIC's memory kernel: the density of the delay between a post reaching a follower and that
 * follower resharing it (Zhao, Erdogdu, He, Rajaraman &amp; Leskovec, "SEISMIC: A Self-Exciting Point
 * Process Model for Predicting Tweet Popularity", KDD 2015):
 *
 * <pre>
 *   phi(s) = c                              for 0 &lt; s &lt;= s0
 *   phi(s) = c * (s / s0)^-(1 + theta)      for s &gt; s0
 * </pre>
 *
 * a constant for the first {@code s0} seconds, then a power-law tail. {@code c} makes the kernel a
 * density: {@code c = theta / (s0 * (1 + theta))}. The paper fitted {@code s0} = 5 minutes and
 * {@code theta} = 0.242 on a month of Twitter ({@link #PAPER}), so c = 6.49e-4 per second. Each
 * method is O(1).
 *
 * @param s0    seconds of the constant part, &gt; 0
 * @param theta power-law exponent of the tail, &gt; 0
 */
public record MemoryKernel(double s0, double theta) {

    /** s0 = 300 s, theta = 0.242, as fitted in the paper. */
    public static final MemoryKernel PAPER = new MemoryKernel(300, 0.242);

    public MemoryKernel {
        if (!(s0 > 0) || !(theta > 0) || Double.isInfinite(s0) || Double.isInfinite(theta)) {
            throw new IllegalArgumentException("s0 and theta must be positive and finite, were " + s0 + ", " + theta);
        }
    }

    /** The constant that makes {@link #density} integrate to 1. */
    public double c() {
        return theta / (s0 * (1 + theta));
    }

    /** phi(s), per second; 0 for s &lt;= 0. */
    public double density(double s) {
        if (s <= 0) {
            return 0;
        }
        return s <= s0 ? c() : c() * Math.pow(s / s0, -(1 + theta));
    }

    /**
     * The integral of phi from 0 to t: the share of a post's eventual reshares through one exposure that
     * have happened t seconds after it. {@code c t} up to s0, then {@code 1 - (t / s0)^-theta / (1 + theta)}.
     */
    public double integral(double t) {
        if (t <= 0) {
            return 0;
        }
        return t <= s0 ? c() * t : 1 - Math.pow(t / s0, -theta) / (1 + theta);
    }

    /**
     * A delay drawn from phi by inversion, from two uniforms in (0, 1]: uniform on (0, s0] with
     * probability {@code c s0 = theta / (1 + theta)}, else Pareto {@code s0 u^(-1/theta)}.
     */
    public double sample(double choose, double u) {
        return choose < c() * s0 ? s0 * u : s0 * Math.pow(u, -1 / theta);
    }
}
