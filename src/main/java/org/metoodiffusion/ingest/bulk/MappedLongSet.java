package org.metoodiffusion.ingest.bulk;

import java.io.Closeable;
import java.nio.LongBuffer;
import java.nio.file.Path;
import java.util.function.LongConsumer;

/**
 * A set of longs kept off the Java heap, in a memory-mapped temporary file: bulk mode's
 * de-duplication tables grow with the input (tens of millions of ids for a year of #MeToo), and the
 * heap must not. The table's pages live in the operating system's page cache, written back to the
 * file like any file's (so a table larger than memory still works, slowly). The file is unlinked as
 * soon as it is mapped: nothing is left behind, even when the process is killed, and unmapping
 * frees the pages without writing them back. Growing needs the old and the new table at once (3x
 * the table's size); a disk that fills up under a mapping ends the process (SIGBUS).
 *
 * <p>Open addressing with linear probing (Knuth, <i>The Art of Computer Programming</i>, vol. 3,
 * 6.4, Algorithm L) over keys scrambled by SplitMix64's finaliser (Steele, Lea and Flood, "Fast
 * splittable pseudorandom number generators", OOPSLA 2014), because tweet ids' low bits are
 * sequence numbers; at most half full, so a probe reads 1.5 slots on a hit and 2.5 on a miss
 * (Knuth's estimates), mostly within one cache line.
 * Slot value 0 means empty; the key 0 itself is tracked apart. Not thread-safe.
 */
final class MappedLongSet implements Closeable {

    /** 2^27 longs (1 GiB) per mapping: one mapping is limited to 2 GiB. */
    private static final int SEGMENT_BITS = 27;
    private static final int INITIAL_SLOTS = 1 << 16;

    private final Path directory;
    private final String name;
    private final int segmentBits;
    private final long segmentMask;
    private MappedLongs memory;
    private LongBuffer[] segments;
    private long mask;
    private long used;
    private boolean containsZero;
    private int generation;

    /** @param directory where the table's file is created (and unlinked at once) */
    MappedLongSet(Path directory, String name) {
        this(directory, name, SEGMENT_BITS);
    }

    /** With segments of 2^{@code segmentBits} longs (small ones let tests cross segments). */
    MappedLongSet(Path directory, String name, int segmentBits) {
        this.directory = directory;
        this.name = name;
        this.segmentBits = segmentBits;
        this.segmentMask = (1L << segmentBits) - 1;
        allocate(INITIAL_SLOTS);
    }

    /** @return whether {@code key} was new */
    boolean add(long key) {
        if (key == 0) {
            boolean added = !containsZero;
            containsZero = true;
            return added;
        }
        long slot = slotOf(key);
        if (get(slot) == key) {
            return false;
        }
        put(slot, key);
        if (++used * 2 > mask + 1) {
            grow();
        }
        return true;
    }

    boolean contains(long key) {
        return key == 0 ? containsZero : get(slotOf(key)) == key;
    }

    /** The slot holding {@code key}, or the empty slot where it belongs. */
    private long slotOf(long key) {
        for (long slot = KeyHash.mix(key) & mask;; slot = (slot + 1) & mask) {
            long found = get(slot);
            if (found == key || found == 0) {
                return slot;
            }
        }
    }

    long size() {
        return used + (containsZero ? 1 : 0);
    }

    /** Bytes of the table (in the page cache or its file, not on the heap). */
    long bytes() {
        return (mask + 1) * Long.BYTES;
    }

    /** Every key, in no particular order. */
    void forEach(LongConsumer action) {
        if (containsZero) {
            action.accept(0);
        }
        for (long slot = 0; slot <= mask; slot++) {
            long key = get(slot);
            if (key != 0) {
                action.accept(key);
            }
        }
    }

    private long get(long slot) {
        return segments[(int) (slot >>> segmentBits)].get((int) (slot & segmentMask));
    }

    private void put(long slot, long key) {
        segments[(int) (slot >>> segmentBits)].put((int) (slot & segmentMask), key);
    }

    private void grow() {
        var oldMemory = memory;
        var oldSegments = segments;
        long oldSlots = mask + 1;
        allocate(oldSlots * 2);
        used = 0;
        for (long slot = 0; slot < oldSlots; slot++) {
            long key = oldSegments[(int) (slot >>> segmentBits)].get((int) (slot & segmentMask));
            if (key != 0) {
                put(slotOf(key), key);
                used++;
            }
        }
        oldMemory.unmap();
    }

    /** A new, zero-filled (sparse) file of {@code slots} longs, mapped in segments, then unlinked. */
    private void allocate(long slots) {
        memory = MappedLongs.allocate(directory.resolve(name + "-" + generation++ + ".set"), slots, segmentBits);
        segments = memory.segments();
        mask = slots - 1;
    }

    @Override
    public void close() {
        if (memory != null) {
            memory.unmap();
            memory = null;
            segments = null;
        }
    }
}
