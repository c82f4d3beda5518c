package org.metoodiffusion.forecast;

import java.util.ArrayList;
import java.util.List;

/**
 * The cascades the models learn from, each under a key, so that a cascade's forecast leaves itself
 * out: the baseline's b and noise, and SEISMIC's n* and follower-count variance, come from the
 * <em>other</em> cascades (leave-one-out). O(1) to build the audience, O(m log m) for a baseline
 * over m cascades.
 */
public final class ForecastCorpus {

    /** One cascade of the corpus: its key ({@code post:<id>}, {@code account:<id>}, ...) and events. */
    public record Entry(String key, EventSeries events) {
    }

    private final List<Entry> entries;
    private final long weighted;
    private final double weightSum;
    private final double weightSquares;

    public ForecastCorpus(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        long count = 0;
        double sum = 0;
        double squares = 0;
        for (Entry entry : this.entries) {
            var events = entry.events();
            if (events.followerWeighted()) {
                for (int i = 1; i < events.size(); i++) {
                    count++;
                    sum += events.weight(i);
                    squares += events.weight(i) * events.weight(i);
                }
            }
        }
        this.weighted = count;
        this.weightSum = sum;
        this.weightSquares = squares;
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
        long count = weighted;
        double sum = weightSum;
        double squares = weightSquares;
        for (Entry entry : entries) {
            if (entry.key().equals(key) && entry.events().followerWeighted()) {
                for (int i = 1; i < entry.events().size(); i++) {
                    count--;
                    sum -= entry.events().weight(i);
                    squares -= entry.events().weight(i) * entry.events().weight(i);
                }
            }
        }
        if (count > 0 && sum > 0) {
            return Audience.of(count, sum, squares, "mean follower count of " + count + " reshares in other cascades");
        }
        int seen = target.countBy(at);
        int from = seen > 1 ? 1 : 0;
        double own = 0;
        double ownSquares = 0;
        for (int i = from; i < seen; i++) {
            own += Math.max(1, target.weight(i));
            ownSquares += Math.max(1, target.weight(i)) * Math.max(1, target.weight(i));
        }
        return Audience.of(seen - from, own, ownSquares, "mean follower count of this cascade's "
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
        String training = samples.size() + " other cascades of at least " + minEvents + " events";
        if (samples.size() < LogLinearBaseline.MIN_TRAINING) {
            return new BaselineForecast(early, null, null, null, training, "not enough training cascades: "
                    + samples.size() + " of at least " + minEvents + " events, " + LogLinearBaseline.MIN_TRAINING + " needed");
        }
        var model = LogLinearBaseline.fit(samples);
        return new BaselineForecast(early, model.estimate(early), model.interval(early), model, training, null);
    }
}
