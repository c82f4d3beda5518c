package org.metoodiffusion.trace;

import java.util.Arrays;

/**
 * Account-level interactions in compact arrays (a Higgs-sized set, half a million, costs about
 * 10 MB): {@code source} retweeted, replied to or mentioned {@code target} at {@code at}, so what
 * spreads flows from target to source. Accounts are indexes the caller assigns.
 */
final class TimedInteractions {

    private int[] sources = new int[1024];
    private int[] targets = new int[1024];
    private Link[] kinds = new Link[1024];
    private long[] times = new long[1024];
    private int size;

    /** @param at epoch milliseconds */
    void add(int source, int target, Link kind, long at) {
        if (size == sources.length) {
            int capacity = size * 2;
            sources = Arrays.copyOf(sources, capacity);
            targets = Arrays.copyOf(targets, capacity);
            kinds = Arrays.copyOf(kinds, capacity);
            times = Arrays.copyOf(times, capacity);
        }
        sources[size] = source;
        targets[size] = target;
        kinds[size] = kind;
        times[size] = at;
        size++;
    }

    int size() {
        return size;
    }

    int source(int i) {
        return sources[i];
    }

    int target(int i) {
        return targets[i];
    }

    Link kind(int i) {
        return kinds[i];
    }

    long at(int i) {
        return times[i];
    }
}
