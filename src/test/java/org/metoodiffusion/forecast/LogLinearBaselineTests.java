package org.metoodiffusion.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class LogLinearBaselineTests {

    private static final double LN2 = Math.log(2);

    @Test
    void fitByHand() {
        // ln(final / early) = ln 2, ln 4, 0: b = ln 2, residuals -ln 2, 0, ln 2, variance (ln 2)^2;
        // 10th / 90th percentiles (type 7) -0.8 ln 2 and 0.8 ln 2.
        var model = LogLinearBaseline.fit(List.of(new LogLinearBaseline.Sample(10, 20),
                new LogLinearBaseline.Sample(10, 40), new LogLinearBaseline.Sample(5, 5)));
        assertThat(model.b()).isCloseTo(LN2, within(1e-12));
        assertThat(model.noiseVariance()).isCloseTo(LN2 * LN2, within(1e-12));
        assertThat(model.residualLow()).isCloseTo(-0.8 * LN2, within(1e-12));
        assertThat(model.residualHigh()).isCloseTo(0.8 * LN2, within(1e-12));
        assertThat(model.trainingCascades()).isEqualTo(3);
        assertThat(model.estimate(3)).isCloseTo(6, within(1e-12));
        assertThat(model.interval(3).low()).isCloseTo(3 * Math.pow(2, 0.2), within(1e-9));
        assertThat(model.interval(3).high()).isCloseTo(3 * Math.pow(2, 1.8), within(1e-9));
    }

    @Test
    void theIntervalNeverFallsBelowWhatWasSeen() {
        var model = LogLinearBaseline.fit(List.of(new LogLinearBaseline.Sample(10, 10),
                new LogLinearBaseline.Sample(10, 10), new LogLinearBaseline.Sample(1, 100)));
        assertThat(model.interval(7).low()).isEqualTo(7);
    }

    @Test
    void needsThreeTrainingCascades() {
        assertThatThrownBy(() -> LogLinearBaseline.fit(List.of(new LogLinearBaseline.Sample(1, 2))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 3");
    }
}
