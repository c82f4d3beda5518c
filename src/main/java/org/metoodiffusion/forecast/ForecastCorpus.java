package org.metoodiffusion.forecast;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The cascades the models learn from, each under a key, so that a cascade's forecast leaves itself
 * out: the baseline's b and noise, SEISMIC's linear-in-log correction, and SEISMIC's n* and
 * follower-count variance come from the <em>other</em> cascades (leave-one-out). The n* of each
 * training cascade's own SEISMIC estimate leaves that cascade out (not the one forecast: its
 * follower counts are one part in the corpus's whole). O(1) for an audience, O(m log m) for a
 * baseline or correction over m cascades (SEISMIC's estimates of the training cascades are computed
 * once per forecast age).
 */
public final class ForecastCorpus {

    /** One cascade of the corpus: its key ({@code post:<id>}, {@code account:<id>}, ...) and events. */
    public record Entry(String key, EventSeries events) {
    }

    private final List<Entry> entries;
    private final Map<String, Integer> index = new HashMap<>();
    private final double[][] ownSums;
    private final double[] totals = new double[3];
    private final Map<EstimateKey, double[]> estimates = new ConcurrentHashMap<>();

    public ForecastCorpus(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        this.ownSums = new double[this.entries.size()][3];
        for (int e = 0; e < this.entries.size(); e++) {
            index.putIfAbsent(this.entries.get(e).key(), e);
            var events = this.entries.get(e).events();
            if (events.followerWeighted()) {
                for (int i = 1; i < events.size(); i++) {
                    ownSums[e][0]++;
                    ownSums[e][1] += events.weight(i);
                    ownSums[e][2] += events.weight(i) * events.weight(i);
                }
            }
            for (int k = 0; k < 3; k++) {
                totals[k] += ownSums[e][k];
            }
        }
    }

    public List<Entry> entries() {
        return entries;
    }

    /**
     * SEISMIC's n* and weight variance for a cascade: equal weights when it has no follower counts;
     * else over the reshares (root events left out) of the other follower-weighted cascades; when there
     * are none, over the cascade's own events up to {@code at}.
     */
    public Audience audienceFor(String key, EventSeries target, double at) {
        if (!target.followerWeighted()) {
            return Audience.EQUAL;
        }
        Integer own = key == null ? null : index.get(key);
        double count = totals[0] - (own == null ? 0 : ownSums[own][0]);
        double sum = totals[1] - (own == null ? 0 : ownSums[own][1]);
        double squares = totals[2] - (own == null ? 0 : ownSums[own][2]);
        if (count >= 1 && sum > 0) {
            return Audience.of((long) count, sum, squares, "mean follower count of " + (long) count
                    + " reshares in other cascades");
        }
        int seen = target.countBy(at);
        int from = seen > 1 ? 1 : 0;
        double ownSum = 0;
        double ownSquares = 0;
        for (int i = from; i < seen; i++) {
            ownSum += Math.max(1, target.weight(i));
            ownSquares += Math.max(1, target.weight(i)) * Math.max(1, target.weight(i));
        }
        return Audience.of(seen - from, ownSum, ownSquares, "mean follower count of this cascade's "
                + (from == 1 ? "reshares" : "events") + " so far (no other cascade has follower counts)");
    }

    /**
     * The baseline fitted on the other cascades of at least {@code minEvents} events, observed at
     * {@code at} seconds after their start.
     */
    public BaselineForecast baselineFor(String key, EventSeries target, double at, int minEvents) {
        List<LogLinearBaseline.Sample> samples = new ArrayList<>();
        for (Entry entry : entries) {
            if (!entry.key().equals(key) && entry.events().size() >= minEvents) {
                samples.add(new LogLinearBaseline.Sample(entry.events().countBy(at), entry.events().size()));
            }
        }
        int early = target.countBy(at);
        String training = training(samples.size(), minEvents);
        if (samples.size() < LogLinearBaseline.MIN_TRAINING) {
            return new BaselineForecast(early, null, null, null, training, notEnough(samples.size(), minEvents));
        }
        var model = LogLinearBaseline.fit(samples);
        return new BaselineForecast(early, model.estimate(early), model.interval(early), model, training, null);
    }

    /** SEISMIC with its linear-in-log correction fitted on the other cascades of at least {@code minEvents} events. */
    public SeismicForecast seismicFor(String key, EventSeries target, double at, int minEvents, Seismic seismic) {
        double[] others = estimates.computeIfAbsent(new EstimateKey(at, seismic.kernel()), k -> estimates(at, seismic));
        List<LinearInLog.Sample> samples = new ArrayList<>();
        for (int e = 0; e < entries.size(); e++) {
            var entry = entries.get(e);
            if (!entry.key().equals(key) && entry.events().size() >= minEvents) {
                samples.add(new LinearInLog.Sample(others[e], entry.events().size()));
            }
        }
        var audience = audienceFor(key, target, at);
        if (samples.size() < LogLinearBaseline.MIN_TRAINING) {
            return seismic.forecast(target, at, audience, null, null);
        }
        return seismic.forecast(target, at, audience, LinearInLog.fit(samples), training(samples.size(), minEvents));
    }

    private double[] estimates(double at, Seismic seismic) {
        double[] result = new double[entries.size()];
        for (int e = 0; e < entries.size(); e++) {
            var events = entries.get(e).events();
            result[e] = seismic.estimate(events, at, audienceFor(entries.get(e).key(), events, at));
        }
        return result;
    }

    private static String training(int count, int minEvents) {
        return count + " other cascades of at least " + minEvents + " events";
    }

    private static String notEnough(int count, int minEvents) {
        return "not enough training cascades: " + count + " of at least " + minEvents + " events, "
                + LogLinearBaseline.MIN_TRAINING + " needed";
    }

    private record EstimateKey(double at, MemoryKernel kernel) {
    }
}
