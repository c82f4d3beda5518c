package org.metoodiffusion.forecast;

import java.util.Arrays;
import java.util.List;

/**
 * The log-linear baseline of Szabo &amp; Huberman ("Predicting the popularity of online content",
 * Communications of the ACM 53(8), 2010): on a log scale a cascade's final size is its early size plus
 * a constant and noise, {@code ln N_final = ln N_early + b + e}. Fitted by least squares on other
 * cascades observed to the same age: b is the mean of {@code ln(N_final / N_early)}, the noise
 * variance the residuals' sample variance. The forecast is {@code N_early e^b} (the median under the
 * model), and the 80% interval {@code N_early e^(b + r)} for r the 10th and 90th percentiles of the
 * training residuals (never below the events already seen).
 *
 * <p>Complexity: O(m log m) to fit on m cascades (sorting the residuals), O(1) to predict.
 */
public final class LogLinearBaseline {

    /** Fewer training cascades than this and there is no baseline. */
    public static final int MIN_TRAINING = 3;

    /** One training cascade: its size at the forecast age and its final size, both &gt;= 1. */
    public record Sample(int early, int finalSize) {

        public Sample {
            if (early < 1 || finalSize < early) {
                throw new IllegalArgumentException("need 1 <= early <= final, were " + early + ", " + finalSize);
            }
        }
    }

    /**
     * The fitted model.
     *
     * @param b                  mean log growth from the early to the final size
     * @param noiseVariance      variance of the log residuals
     * @param residualLow        10th percentile of the residuals around b
     * @param residualHigh       90th percentile of the residuals around b
     * @param trainingCascades   how many cascades it was fitted on
     */
    public record Model(double b, double noiseVariance, double residualLow, double residualHigh, int trainingCascades) {

        /** The final size of a cascade with {@code early} events at the forecast age. */
        public double estimate(int early) {
            return early * Math.exp(b);
        }

        public Interval interval(int early) {
            return new Interval(Seismic.INTERVAL_LEVEL, Math.max(early, early * Math.exp(b + residualLow)),
                    Math.max(early, early * Math.exp(b + residualHigh)));
        }
    }

    private LogLinearBaseline() {
    }

    /** @throws IllegalArgumentException with fewer than {@value #MIN_TRAINING} samples */
    public static Model fit(List<Sample> samples) {
        int m = samples.size();
        if (m < MIN_TRAINING) {
            throw new IllegalArgumentException("the baseline needs at least " + MIN_TRAINING + " training cascades, had " + m);
        }
        double[] growth = new double[m];
        double sum = 0;
        for (int i = 0; i < m; i++) {
            growth[i] = Math.log((double) samples.get(i).finalSize() / samples.get(i).early());
            sum += growth[i];
        }
        double b = sum / m;
        double squares = 0;
        for (int i = 0; i < m; i++) {
            growth[i] -= b;
            squares += growth[i] * growth[i];
        }
        Arrays.sort(growth);
        double tail = (1 - Seismic.INTERVAL_LEVEL) / 2;
        return new Model(b, squares / (m - 1), Seismic.quantile(growth, tail), Seismic.quantile(growth, 1 - tail), m);
    }
}
