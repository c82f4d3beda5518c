package org.metoodiffusion.ingest.bulk;

import java.util.function.LongConsumer;

/**
 * A set of longs: open addressing with linear probing over a SplitMix64-scrambled hash. Ids that
 * share their high bits (generated accounts are 9000000000000000000 + n; snowflake ids differ
 * mostly in their timestamp) sent Eclipse Collections' {@code LongHashSet} down long probe chains,
 * the bulk import's hottest spot; scrambled, they spread evenly. A small direct-mapped cache of
 * values seen lately answers the popular ones (a celebrity is referred to by every retweet) without
 * a cache miss into the large table.
 */
final class LongSet {

    private static final long FREE = 0;

    private static final int RECENT = 1 << 12;

    private final long[] recent = new long[RECENT];
    private long[] slots = new long[1 << 10];
    private int size;
    private boolean hasZero;

    /** Adds {@code value}; true if it was not there yet. */
    boolean add(long value) {
        if (value == FREE) {
            boolean added = !hasZero;
            hasZero = true;
            return added;
        }
        long hash = hash(value);
        int seen = (int) hash & (RECENT - 1);
        if (recent[seen] == value) {
            return false;
        }
        recent[seen] = value;
        int mask = slots.length - 1;
        for (int i = (int) (hash >>> 32) & mask; ; i = (i + 1) & mask) {
            long slot = slots[i];
            if (slot == value) {
                return false;
            }
            if (slot == FREE) {
                slots[i] = value;
                if (++size * 2 > slots.length) {
                    grow();
                }
                return true;
            }
        }
    }

    boolean contains(long value) {
        if (value == FREE) {
            return hasZero;
        }
        int mask = slots.length - 1;
        for (int i = (int) (hash(value) >>> 32) & mask; ; i = (i + 1) & mask) {
            long slot = slots[i];
            if (slot == value) {
                return true;
            }
            if (slot == FREE) {
                return false;
            }
        }
    }

    void forEach(LongConsumer action) {
        if (hasZero) {
            action.accept(FREE);
        }
        for (long slot : slots) {
            if (slot != FREE) {
                action.accept(slot);
            }
        }
    }

    private void grow() {
        var old = slots;
        slots = new long[old.length * 2];
        int mask = slots.length - 1;
        for (long value : old) {
            if (value != FREE) {
                int i = (int) (hash(value) >>> 32) & mask;
                while (slots[i] != FREE) {
                    i = (i + 1) & mask;
                }
                slots[i] = value;
            }
        }
    }

    /** SplitMix64's finaliser: low bits pick the recent slot, high bits the table slot. */
    private static long hash(long value) {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
