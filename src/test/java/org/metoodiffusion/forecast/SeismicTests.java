package org.metoodiffusion.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

/** SEISMIC against values worked out by hand, and against a simulated process of known infectiousness. */
class SeismicTests {

    /** s0 = 100 s and theta = 1: Phi(t) = t / 200 up to 100 s, then 1 - 50 / t. */
    private static final MemoryKernel HAND = new MemoryKernel(100, 1);
    private final Seismic seismic = new Seismic(HAND, 1_000, 1);

    @Test
    void equalWeightsByHand() {
        // Events at 0, 100, 200 s, forecast at 400 s: Phi = 7/8, 5/6, 3/4, exposure 59/24, R = 2, p = 48/59;
        // followers still to react 3 - 59/24 = 13/24; final = 3 + (26/59) / (11/59) = 59/11.
        var forecast = seismic.forecast(EventSeries.unweighted(0, 100, 200), 400, Audience.EQUAL);
        assertThat(forecast.eventsUsed()).isEqualTo(3);
        assertThat(forecast.infectiousness()).isCloseTo(48.0 / 59, within(1e-12));
        assertThat(forecast.parameters().exposure()).isCloseTo(59.0 / 24, within(1e-12));
        assertThat(forecast.parameters().remainingExposure()).isCloseTo(13.0 / 24, within(1e-12));
        assertThat(forecast.estimate()).isCloseTo(59.0 / 11, within(1e-12));
        assertThat(forecast.supercritical()).isFalse();
        assertThat(forecast.interval().low()).isGreaterThanOrEqualTo(3);
        assertThat(forecast.interval().high()).isGreaterThan(forecast.interval().low());
    }

    @Test
    void followerWeightsByHand() {
        // Weights 10, 20, 30: exposure 8.75 + 50/3 + 22.5 = 575/12, p = 24/575, n* = 20: branching 480/575;
        // followers still to react 60 - 575/12 = 145/12; final = 3 + (290/575) / (95/575) = 3 + 58/19.
        var events = new EventSeries(new double[] {0, 100, 200}, new double[] {10, 20, 30}, true);
        var forecast = seismic.forecast(events, 400, new Audience(20, 0, "hand"));
        assertThat(forecast.infectiousness()).isCloseTo(24.0 / 575, within(1e-12));
        assertThat(forecast.branching()).isCloseTo(480.0 / 575, within(1e-12));
        assertThat(forecast.estimate()).isCloseTo(3 + 58.0 / 19, within(1e-12));
    }

    @Test
    void eventsAfterTheForecastTimeAreNotSeen() {
        var all = seismic.forecast(EventSeries.unweighted(0, 100, 200, 500, 900), 400, Audience.EQUAL);
        assertThat(all.eventsUsed()).isEqualTo(3);
        assertThat(all.estimate()).isCloseTo(59.0 / 11, within(1e-12));
    }

    @Test
    void aSupercriticalCascadeIsFlaggedAndCapped() {
        // Events every 10 s to 40 s, forecast at 50 s: exposure (5 + 4 + 3 + 2 + 1) / 20 = 0.75, p = 4 / 0.75;
        // capped branching 0.95: final = 5 + 0.95 * 4.25 / 0.05 = 85.75.
        var forecast = seismic.forecast(EventSeries.unweighted(0, 10, 20, 30, 40), 50, Audience.EQUAL);
        assertThat(forecast.supercritical()).isTrue();
        assertThat(forecast.branching()).isCloseTo(16.0 / 3, within(1e-12));
        assertThat(forecast.estimate()).isCloseTo(85.75, within(1e-9));
        assertThat(forecast.note()).contains("supercritical");
    }

    @Test
    void noResharesYetPredictsTheRootAlone() {
        var forecast = seismic.forecast(EventSeries.unweighted(0, 5_000), 60, Audience.EQUAL);
        assertThat(forecast.eventsUsed()).isEqualTo(1);
        assertThat(forecast.infectiousness()).isZero();
        assertThat(forecast.estimate()).isEqualTo(1);
        assertThat(forecast.note()).contains("no reshares");
    }

    @Test
    void theIntervalRepeatsForTheSameSeed() {
        var events = EventSeries.unweighted(0, 30, 90, 200, 260, 300);
        var first = new Seismic(HAND, 500, 42).forecast(events, 400, Audience.EQUAL);
        var second = new Seismic(HAND, 500, 42).forecast(events, 400, Audience.EQUAL);
        assertThat(second.interval()).isEqualTo(first.interval());
    }

    @Test
    void recoversTheInfectiousnessOfASimulatedHawkesProcess() {
        // 300 cascades with p = 0.0006 (branching 0.6 at the simulator's mean of e^(ln 200 + 1.125) followers),
        // lognormal followers; the estimator pooled over them at 6 h: within 5% of the truth.
        var settings = new HawkesSimulator.Settings(MemoryKernel.PAPER, Math.log(200), 1.5, 2, 0.6, 0.6, 1_000_000);
        double p = 0.6 / settings.meanFollowers();
        var simulator = new HawkesSimulator(settings, 99);
        var random = new Well19937c(2015);
        double reshares = 0;
        double exposure = 0;
        for (int k = 0; k < 300; k++) {
            var forecast = seismic(settings).forecast(simulator.simulate("k" + k, p, random).events(), 6 * 3600.0,
                    new Audience(settings.meanFollowers(), 0, "known"));
            reshares += forecast.eventsUsed() - 1;
            exposure += forecast.parameters().exposure();
        }
        assertThat(reshares).isGreaterThan(1_000);
        assertThat(reshares / exposure).isCloseTo(p, within(0.05 * p));
    }

    @Test
    void recoversTheBranchingRatioOfAPoissonCascadeWithEqualWeights() {
        // Every author has one follower (sd 0): a Poisson branching process with 0.8 reshares per event.
        var settings = new HawkesSimulator.Settings(MemoryKernel.PAPER, 0, 0, 0, 0.8, 0.8, 1_000_000);
        var simulator = new HawkesSimulator(settings, 5);
        var random = new Well19937c(17);
        double reshares = 0;
        double exposure = 0;
        for (int k = 0; k < 2_000; k++) {
            var forecast = seismic(settings).forecast(simulator.simulate("k" + k, 0.8, random).events(), 24 * 3600.0,
                    Audience.EQUAL);
            reshares += forecast.eventsUsed() - 1;
            exposure += forecast.parameters().exposure();
        }
        assertThat(reshares / exposure).isCloseTo(0.8, within(0.04));
    }

    private static Seismic seismic(HawkesSimulator.Settings settings) {
        return new Seismic(settings.kernel(), 100, 1);
    }
}
