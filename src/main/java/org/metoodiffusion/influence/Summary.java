package org.metoodiffusion.influence;

import java.util.Arrays;

/**
 * A distribution over simulation runs: mean and the 10th, 50th and 90th percentiles, each by linear
 * interpolation between the closest ranks (numpy's default): the q-quantile of n sorted values is at
 * rank {@code q (n - 1)}.
 */
public record Summary(double mean, double p10, double p50, double p90) {

    /** @param values at least one */
    public static Summary of(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return new Summary(Arrays.stream(sorted).average().orElseThrow(), quantile(sorted, 0.1), quantile(sorted, 0.5),
                quantile(sorted, 0.9));
    }

    static double quantile(double[] sorted, double q) {
        double rank = q * (sorted.length - 1);
        int low = (int) Math.floor(rank);
        int high = Math.min(sorted.length - 1, low + 1);
        return sorted[low] + (rank - low) * (sorted[high] - sorted[low]);
    }
}
