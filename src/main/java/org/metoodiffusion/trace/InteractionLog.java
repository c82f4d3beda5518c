package org.metoodiffusion.trace;

import java.util.Arrays;

/** One account's interactions (whom it replied to, quoted or mentioned), most recent first. */
final class InteractionLog {

    private final int[] others;
    private final long[] times;

    /** @param others the accounts interacted with; @param times when, epoch milliseconds, same order */
    InteractionLog(int[] others, long[] times) {
        Integer[] order = new Integer[others.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Long.compare(times[b], times[a]));
        this.others = new int[others.length];
        this.times = new long[others.length];
        for (int k = 0; k < order.length; k++) {
            this.others[k] = others[order[k]];
            this.times[k] = times[order[k]];
        }
    }

    int size() {
        return others.length;
    }

    int other(int k) {
        return others[k];
    }

    long time(int k) {
        return times[k];
    }
}
