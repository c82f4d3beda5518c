package org.metoodiffusion.influence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SummaryTests {

    @Test
    void percentilesInterpolateBetweenClosestRanks() {
        // 1..10: rank q(n-1) = 0.9, 4.5, 8.1.
        var summary = Summary.of(new double[] {10, 9, 8, 7, 6, 5, 4, 3, 2, 1});
        assertThat(summary.mean()).isEqualTo(5.5);
        assertThat(summary.p10()).isCloseTo(1.9, within(1e-12));
        assertThat(summary.p50()).isCloseTo(5.5, within(1e-12));
        assertThat(summary.p90()).isCloseTo(9.1, within(1e-12));
        assertThat(Summary.of(new double[] {3})).isEqualTo(new Summary(3, 3, 3, 3));
    }
}
