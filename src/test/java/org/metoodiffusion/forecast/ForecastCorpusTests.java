package org.metoodiffusion.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Leave-one-out: a cascade's own events never train the models that forecast it. */
class ForecastCorpusTests {

    private static EventSeries weighted(double[] seconds, double... weights) {
        return new EventSeries(seconds, weights, true);
    }

    @Test
    void theBaselineLeavesTheForecastCascadeOut() {
        var corpus = new ForecastCorpus(List.of(
                new ForecastCorpus.Entry("a", EventSeries.unweighted(0, 10, 20, 30)),      // at 15 s: 2 of 4
                new ForecastCorpus.Entry("b", EventSeries.unweighted(0, 10, 100, 200)),    // 2 of 4
                new ForecastCorpus.Entry("c", EventSeries.unweighted(0, 100, 200, 300)),   // 1 of 4
                new ForecastCorpus.Entry("d", EventSeries.unweighted(0, 1, 2, 3))));       // 4 of 4
        var forecast = corpus.baselineFor("d", EventSeries.unweighted(0, 1, 2, 3), 15, 4);
        // b = (ln 2 + ln 2 + ln 4) / 3 = 4 ln 2 / 3, from a, b and c only
        assertThat(forecast.parameters().trainingCascades()).isEqualTo(3);
        assertThat(forecast.parameters().b()).isCloseTo(4 * Math.log(2) / 3, within(1e-12));
        assertThat(forecast.eventsUsed()).isEqualTo(4);
        assertThat(forecast.estimate()).isCloseTo(4 * Math.pow(2, 4.0 / 3), within(1e-9));

        var tooFew = corpus.baselineFor("d", EventSeries.unweighted(0, 1), 15, 5);
        assertThat(tooFew.estimate()).isNull();
        assertThat(tooFew.note()).contains("not enough training cascades");
    }

    @Test
    void nStarIsTheMeanFollowerCountOfOtherCascadesReshares() {
        var corpus = new ForecastCorpus(List.of(
                new ForecastCorpus.Entry("a", weighted(new double[] {0, 1, 2}, 1000, 10, 30)),
                new ForecastCorpus.Entry("b", weighted(new double[] {0, 1}, 5000, 50)),
                new ForecastCorpus.Entry("c", EventSeries.unweighted(0, 1, 2))));
        var target = weighted(new double[] {0, 1}, 7, 7);
        // Reshares of a: 10, 30; of b: 50 (roots and unweighted c left out). Without b: mean 20, variance 200.
        var audience = corpus.audienceFor("b", target, 10);
        assertThat(audience.mean()).isCloseTo(20, within(1e-12));
        assertThat(audience.variance()).isCloseTo(200, within(1e-9));
        assertThat(corpus.audienceFor("x", target, 10).mean()).isCloseTo(30, within(1e-12));
        assertThat(corpus.audienceFor("a", EventSeries.unweighted(0, 1), 10)).isEqualTo(Audience.EQUAL);
    }

    @Test
    void withoutOtherFollowerCountsNStarComesFromTheCascadeItself() {
        var corpus = new ForecastCorpus(List.of(new ForecastCorpus.Entry("a", weighted(new double[] {0, 1, 2}, 100, 4, 8))));
        var audience = corpus.audienceFor("a", weighted(new double[] {0, 1, 2}, 100, 4, 8), 10);
        assertThat(audience.mean()).isCloseTo(6, within(1e-12));
        assertThat(audience.basis()).contains("this cascade");
    }
}
