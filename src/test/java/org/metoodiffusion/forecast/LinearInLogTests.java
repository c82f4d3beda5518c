package org.metoodiffusion.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class LinearInLogTests {

    private static final double L = Math.log(2);

    @Test
    void fitByHand() {
        // In units of ln 2: x = ln S = 0, 2, 4; y = ln final = 1, 2, 5. Means 2 and 8/3, Sxx = Sxy = 8: beta 1,
        // a = 2/3; residuals 1/3, -2/3, 1/3, variance (6/9) / (3 - 2); percentiles -2/3 + 0.2 and 1/3.
        var model = LinearInLog.fit(List.of(new LinearInLog.Sample(1, 2), new LinearInLog.Sample(4, 4),
                new LinearInLog.Sample(16, 32)));
        assertThat(model.beta()).isCloseTo(1, within(1e-12));
        assertThat(model.a()).isCloseTo(2 * L / 3, within(1e-12));
        assertThat(model.noiseVariance()).isCloseTo(2 * L * L / 3, within(1e-12));
        assertThat(model.residualLow()).isCloseTo((-2.0 / 3 + 0.2) * L, within(1e-12));
        assertThat(model.residualHigh()).isCloseTo(L / 3, within(1e-12));
        assertThat(model.estimate(8, 1)).isCloseTo(Math.pow(2, 11.0 / 3), within(1e-9));
        assertThat(model.estimate(8, 20)).isEqualTo(20);
        assertThat(model.interval(8, 1).high()).isCloseTo(Math.pow(2, 4), within(1e-9));
        assertThat(model.extrapolates(8)).isFalse();
        assertThat(model.extrapolates(17)).isTrue();
    }
}
