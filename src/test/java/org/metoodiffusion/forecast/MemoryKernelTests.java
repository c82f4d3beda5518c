package org.metoodiffusion.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.analysis.integration.SimpsonIntegrator;
import org.junit.jupiter.api.Test;

class MemoryKernelTests {

    @Test
    void thePapersKernelHasThePapersConstant() {
        // c = theta / (s0 (1 + theta)) = 0.242 / (300 * 1.242)
        assertThat(MemoryKernel.PAPER.c()).isCloseTo(6.4949e-4, within(1e-7));
        assertThat(MemoryKernel.PAPER.integral(300)).isCloseTo(0.242 / 1.242, within(1e-12));
        // 1 - 2^-0.242 / 1.242
        assertThat(MemoryKernel.PAPER.integral(600)).isCloseTo(0.319185, within(1e-6));
    }

    @Test
    void integralByHandWithSZeroOneHundredAndThetaOne() {
        var kernel = new MemoryKernel(100, 1);
        assertThat(kernel.c()).isEqualTo(0.005);
        assertThat(kernel.density(50)).isEqualTo(0.005);
        assertThat(kernel.density(200)).isCloseTo(0.005 / 4, within(1e-15));
        assertThat(kernel.integral(-1)).isZero();
        assertThat(kernel.integral(50)).isCloseTo(0.25, within(1e-12));
        assertThat(kernel.integral(100)).isCloseTo(0.5, within(1e-12));
        assertThat(kernel.integral(200)).isCloseTo(0.75, within(1e-12));
        assertThat(kernel.integral(400)).isCloseTo(0.875, within(1e-12));
    }

    @Test
    void integralMatchesNumericalIntegrationOfTheDensity() {
        var kernel = MemoryKernel.PAPER;
        var simpson = new SimpsonIntegrator(1e-10, 1e-12, 3, 30);
        double numeric = simpson.integrate(1_000_000, kernel::density, 300, 7_200) + kernel.c() * 300;
        assertThat(kernel.integral(7_200)).isCloseTo(numeric, within(1e-6));
    }

    @Test
    void samplingByInversionFollowsTheIntegral() {
        var kernel = MemoryKernel.PAPER;
        var random = new java.util.SplittableRandom(7);
        int n = 200_000;
        int beforeAnHour = 0;
        for (int i = 0; i < n; i++) {
            if (kernel.sample(random.nextDouble(), 1 - random.nextDouble()) <= 3_600) {
                beforeAnHour++;
            }
        }
        assertThat((double) beforeAnHour / n).isCloseTo(kernel.integral(3_600), within(0.005));
    }

    @Test
    void rejectsParametersThatAreNotPositive() {
        assertThatThrownBy(() -> new MemoryKernel(0, 0.2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MemoryKernel(300, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
