package org.metoodiffusion.ingest.bulk;

import java.util.function.LongConsumer;

/**
 * A set of longs: open addressing with linear probing over a SplitMix64-scrambled hash. Ids that
 * share their high bits (generated accounts are 9000000000000000000 + n; snowflake ids differ
 * mostly in their timestamp) sent Eclipse Collections' {@code LongHashSet} down long probe chains,
 * the bulk import's hottest spot; scrambled, they spread evenly.
 */
final class LongSet {

    private static final long FREE = 0;

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
        int mask = slots.length - 1;
        for (int i = index(value, mask); ; i = (i + 1) & mask) {
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
        for (int i = index(value, mask); ; i = (i + 1) & mask) {
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
        size = 0;
        for (long slot : old) {
            if (slot != FREE) {
                add(slot);
            }
        }
    }

    private static int index(long value, int mask) {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return (int) (z ^ (z >>> 31)) & mask;
    }
}
