package org.metoodiffusion.forecast;

import java.util.Arrays;

/**
 * A cascade as the forecasting models see it: its events in time order, in seconds after the first
 * (the root post, or the first activation), each with its weight: the author's follower count, or
 * 1 for every event when the data has no follower counts ({@link #followerWeighted} false).
 */
public final class EventSeries {

    private final double[] seconds;
    private final double[] weights;
    private final boolean followerWeighted;

    /**
     * @param seconds          event times in seconds after the first, ascending, the first 0 (at least one event)
     * @param weights          each event's weight, &gt;= 0
     * @param followerWeighted whether the weights are follower counts (else all 1)
     */
    public EventSeries(double[] seconds, double[] weights, boolean followerWeighted) {
        if (seconds.length == 0 || seconds.length != weights.length) {
            throw new IllegalArgumentException("a cascade needs at least one event and one weight per event");
        }
        for (int i = 0; i < seconds.length; i++) {
            if (!(weights[i] >= 0) || Double.isNaN(seconds[i]) || i > 0 && seconds[i] < seconds[i - 1]) {
                throw new IllegalArgumentException("events must be in time order with weights >= 0 (event " + i + ")");
            }
        }
        this.seconds = seconds.clone();
        this.weights = weights.clone();
        this.followerWeighted = followerWeighted;
    }

    /** Events, all weighing 1. */
    public static EventSeries unweighted(double... seconds) {
        double[] ones = new double[seconds.length];
        Arrays.fill(ones, 1);
        return new EventSeries(seconds, ones, false);
    }

    /** All events: the final size as far as the data goes. */
    public int size() {
        return seconds.length;
    }

    /** Events at or before {@code at} seconds: O(log n). */
    public int countBy(double at) {
        int found = Arrays.binarySearch(seconds, at);
        if (found < 0) {
            return -found - 1;
        }
        while (found + 1 < seconds.length && seconds[found + 1] == at) {
            found++;
        }
        return found + 1;
    }

    public double seconds(int i) {
        return seconds[i];
    }

    public double weight(int i) {
        return weights[i];
    }

    public boolean followerWeighted() {
        return followerWeighted;
    }
}
