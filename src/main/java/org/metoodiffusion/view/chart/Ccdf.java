package org.metoodiffusion.view.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The complementary cumulative distribution of a sample: for each distinct value s, the share of the
 * sample at s or above, P(S &ge; s). It starts at 1 for the smallest value and needs no binning, which
 * is why heavy-tailed sizes are shown this way on log-log axes. O(n log n) for the sort.
 */
public final class Ccdf {

    private Ccdf() {
    }

    /** Points (s, P(S &ge; s)) in increasing s; empty for an empty sample. */
    public static List<ChartPoint> of(int[] sample) {
        int[] sorted = sample.clone();
        Arrays.sort(sorted);
        var points = new ArrayList<ChartPoint>();
        int n = sorted.length;
        for (int i = 0; i < n; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                points.add(new ChartPoint(sorted[i], (double) (n - i) / n));
            }
        }
        return points;
    }
}
