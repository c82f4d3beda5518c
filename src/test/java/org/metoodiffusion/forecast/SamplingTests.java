package org.metoodiffusion.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

class SamplingTests {

    @Test
    void poissonAndGammaDrawsHaveTheirMeanAndVariance() {
        var random = new Well19937c(3);
        for (double mean : new double[] {0.3, 7, 45, 2_000_000}) {
            double[] moments = moments(100_000, () -> Sampling.poisson(random, mean));
            assertThat(moments[0]).as("Poisson mean %s", mean).isCloseTo(mean, within(0.02 * mean));
            assertThat(moments[1]).as("Poisson variance %s", mean).isCloseTo(mean, within(0.05 * mean));
        }
        for (double shape : new double[] {0.2, 1, 12.5}) {
            double[] moments = moments(100_000, () -> Sampling.gamma(random, shape, 3));
            assertThat(moments[0]).as("Gamma mean %s", shape).isCloseTo(3 * shape, within(0.03 * 3 * shape));
            assertThat(moments[1]).as("Gamma variance %s", shape).isCloseTo(9 * shape, within(0.08 * 9 * shape));
        }
    }

    private static double[] moments(int n, java.util.function.DoubleSupplier draw) {
        double sum = 0;
        double squares = 0;
        for (int i = 0; i < n; i++) {
            double x = draw.getAsDouble();
            sum += x;
            squares += x * x;
        }
        double mean = sum / n;
        return new double[] {mean, squares / n - mean * mean};
    }
}
