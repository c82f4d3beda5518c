package org.metoodiffusion.forecast;

import java.util.Arrays;
import java.util.List;

/**
 * SEISMIC's "linear-in-log" correction (Zhao et al., KDD 2015), in its simplest form: the formula's estimate
 * is biased (it is convex in the estimated infectiousness, and the kernel and n* are not exact), so its
 * logarithm is regressed on the final sizes of other cascades at the same age:
 * {@code ln N_final = a + beta ln S + e}, S the formula's estimate. Least squares over m training
 * cascades; the corrected estimate is {@code e^(a + beta ln S)}, its 80% interval
 * {@code e^(a + beta ln S + r)} for r the 10th and 90th percentiles of the training residuals, both
 * never below the events already seen. O(m log m) to fit, O(1) to apply.
 */
public final class LinearInLog {

    /** One training cascade: SEISMIC's estimate at the forecast age and its final size. */
    public record Sample(double estimate, int finalSize) {

        public Sample {
            if (!(estimate >= 1) || finalSize < 1) {
                throw new IllegalArgumentException("need an estimate and a final size of at least 1");
            }
        }
    }

    /**
     * The fitted correction.
     *
     * @param a                intercept
     * @param beta             slope on ln S
     * @param noiseVariance    variance of the log residuals
     * @param residualLow      10th percentile of the residuals
     * @param residualHigh     90th percentile of the residuals
     * @param trainingCascades how many cascades it was fitted on
     * @param smallestEstimate the smallest SEISMIC estimate among them
     * @param largestEstimate  the largest
     */
    public record Model(double a, double beta, double noiseVariance, double residualLow, double residualHigh,
            int trainingCascades, double smallestEstimate, double largestEstimate) {

        /** Whether an estimate lies outside the training range, where the fitted line is extrapolated. */
        public boolean extrapolates(double seismic) {
            return seismic < smallestEstimate || seismic > largestEstimate;
        }

        public double estimate(double seismic, int seen) {
            return Math.max(seen, Math.exp(a + beta * Math.log(seismic)));
        }

        public Interval interval(double seismic, int seen) {
            double centre = a + beta * Math.log(seismic);
            return new Interval(Seismic.INTERVAL_LEVEL, Math.max(seen, Math.exp(centre + residualLow)),
                    Math.max(seen, Math.exp(centre + residualHigh)));
        }
    }

    private LinearInLog() {
    }

    /** @throws IllegalArgumentException with fewer than {@value LogLinearBaseline#MIN_TRAINING} samples */
    public static Model fit(List<Sample> samples) {
        int m = samples.size();
        if (m < LogLinearBaseline.MIN_TRAINING) {
            throw new IllegalArgumentException("the correction needs at least " + LogLinearBaseline.MIN_TRAINING
                    + " training cascades, had " + m);
        }
        double[] x = samples.stream().mapToDouble(s -> Math.log(s.estimate())).toArray();
        double[] y = samples.stream().mapToDouble(s -> Math.log(s.finalSize())).toArray();
        double meanX = Arrays.stream(x).average().orElseThrow();
        double meanY = Arrays.stream(y).average().orElseThrow();
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < m; i++) {
            sxx += (x[i] - meanX) * (x[i] - meanX);
            sxy += (x[i] - meanX) * (y[i] - meanY);
        }
        double beta = sxx > 0 ? sxy / sxx : 1;
        double a = meanY - beta * meanX;
        double[] residuals = new double[m];
        double squares = 0;
        for (int i = 0; i < m; i++) {
            residuals[i] = y[i] - a - beta * x[i];
            squares += residuals[i] * residuals[i];
        }
        Arrays.sort(residuals);
        double tail = (1 - Seismic.INTERVAL_LEVEL) / 2;
        double smallest = samples.stream().mapToDouble(Sample::estimate).min().orElseThrow();
        double largest = samples.stream().mapToDouble(Sample::estimate).max().orElseThrow();
        return new Model(a, beta, squares / Math.max(1, m - 2), Seismic.quantile(residuals, tail),
                Seismic.quantile(residuals, 1 - tail), m, smallest, largest);
    }
}
