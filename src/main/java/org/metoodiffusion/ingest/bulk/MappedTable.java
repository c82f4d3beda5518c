package org.metoodiffusion.ingest.bulk;

import java.io.Closeable;
import java.nio.LongBuffer;
import java.nio.file.Path;

/**
 * A hash table from a key of two longs to a few long values, off the Java heap in a memory-mapped,
 * unlinked temporary file, as {@link MappedLongSet} (same probing, growth and unmapping; see there
 * why). Each slot is a power of two of longs: an occupied flag, the two key longs, the values; so a
 * slot never straddles a mapping. Every key is allowed (0 too). Not thread-safe.
 */
final class MappedTable implements Closeable {

    private static final int SEGMENT_BITS = 27;
    private static final int INITIAL_SLOTS = 1 << 14;
    private static final int OCCUPIED = 0;
    private static final int FIRST_KEY = 1;
    private static final int SECOND_KEY = 2;
    private static final int FIRST_VALUE = 3;

    private final Path directory;
    private final String name;
    private final int values;
    private final int widthBits;
    private final int segmentBits;
    private MappedLongs memory;
    private LongBuffer[] segments;
    private long mask;
    private long used;
    private int generation;

    /** @param values how many long values a key holds (at most 5), all 0 when the key is new */
    MappedTable(Path directory, String name, int values) {
        this(directory, name, values, SEGMENT_BITS);
    }

    /** With segments of 2^{@code segmentBits} longs (small ones let tests cross segments). */
    MappedTable(Path directory, String name, int values, int segmentBits) {
        if (values < 1 || values > 5) {
            throw new IllegalArgumentException("1 to 5 values per key");
        }
        this.directory = directory;
        this.name = name;
        this.values = values;
        this.widthBits = 32 - Integer.numberOfLeadingZeros(FIRST_VALUE + values - 1);
        this.segmentBits = segmentBits;
        allocate(INITIAL_SLOTS);
    }

    /** The slot of ({@code a}, {@code b}), or -1 if absent. */
    long find(long a, long b) {
        long slot = slotOf(a, b);
        return get(slot, OCCUPIED) == 0 ? -1 : slot;
    }

    /** The slot of ({@code a}, {@code b}), added with zero values if absent. Growing moves slots: use it at once. */
    long findOrAdd(long a, long b) {
        long slot = slotOf(a, b);
        if (get(slot, OCCUPIED) != 0) {
            return slot;
        }
        put(slot, OCCUPIED, 1);
        put(slot, FIRST_KEY, a);
        put(slot, SECOND_KEY, b);
        if (++used * 2 > mask + 1) {
            grow();
            return slotOf(a, b);
        }
        return slot;
    }

    long value(long slot, int index) {
        return get(slot, FIRST_VALUE + index);
    }

    void set(long slot, int index, long value) {
        put(slot, FIRST_VALUE + index, value);
    }

    void increment(long slot, int index) {
        put(slot, FIRST_VALUE + index, get(slot, FIRST_VALUE + index) + 1);
    }

    long size() {
        return used;
    }

    long bytes() {
        return ((mask + 1) << widthBits) * Long.BYTES;
    }

    /** What {@link #forEach} gives: a key and its slot (read the values with {@link #value}). */
    @FunctionalInterface
    interface Entry {
        void accept(long a, long b, long slot);
    }

    /** Every key, in no particular order. */
    void forEach(Entry action) {
        for (long slot = 0; slot <= mask; slot++) {
            if (get(slot, OCCUPIED) != 0) {
                action.accept(get(slot, FIRST_KEY), get(slot, SECOND_KEY), slot);
            }
        }
    }

    private long slotOf(long a, long b) {
        for (long slot = KeyHash.mix(KeyHash.mix(a) + b) & mask;; slot = (slot + 1) & mask) {
            if (get(slot, OCCUPIED) == 0 || get(slot, FIRST_KEY) == a && get(slot, SECOND_KEY) == b) {
                return slot;
            }
        }
    }

    private long get(long slot, int field) {
        long index = (slot << widthBits) + field;
        return segments[(int) (index >>> segmentBits)].get((int) (index & ((1L << segmentBits) - 1)));
    }

    private void put(long slot, int field, long value) {
        long index = (slot << widthBits) + field;
        segments[(int) (index >>> segmentBits)].put((int) (index & ((1L << segmentBits) - 1)), value);
    }

    private void grow() {
        var oldMemory = memory;
        var oldSegments = segments;
        long oldSlots = mask + 1;
        allocate(oldSlots * 2);
        for (long slot = 0; slot < oldSlots; slot++) {
            long index = slot << widthBits;
            var segment = oldSegments[(int) (index >>> segmentBits)];
            int offset = (int) (index & ((1L << segmentBits) - 1));
            if (segment.get(offset + OCCUPIED) != 0) {
                long moved = slotOf(segment.get(offset + FIRST_KEY), segment.get(offset + SECOND_KEY));
                for (int field = 0; field < FIRST_VALUE + values; field++) {
                    put(moved, field, segment.get(offset + field));
                }
            }
        }
        oldMemory.unmap();
    }

    private void allocate(long slots) {
        memory = MappedLongs.allocate(directory.resolve(name + "-" + generation++ + ".table"), slots << widthBits,
                segmentBits);
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
