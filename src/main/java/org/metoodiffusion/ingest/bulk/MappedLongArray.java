package org.metoodiffusion.ingest.bulk;

import java.io.Closeable;
import java.nio.LongBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An array of longs indexed from 0 that grows as it is written, off the Java heap in memory-mapped,
 * unlinked temporary files ({@link MappedLongs}), one per segment of 2^segmentBits longs, every
 * element 0 until set. For values keyed by node id ({@link NodeIds} hands them out densely from 0):
 * an index where a hash table would probe, 8 bytes per node where it takes a slot of 32 at most half
 * full, and mostly in the order the ids were handed out. Not thread-safe.
 */
final class MappedLongArray implements Closeable {

    /** 2^20 longs (8 MB) per segment. */
    private static final int SEGMENT_BITS = 20;

    private final Path directory;
    private final String name;
    private final int segmentBits;
    private final long segmentMask;
    private final List<MappedLongs> memory = new ArrayList<>();
    private LongBuffer[] segments = new LongBuffer[0];

    MappedLongArray(Path directory, String name) {
        this(directory, name, SEGMENT_BITS);
    }

    /** With segments of 2^{@code segmentBits} longs (small ones let tests cross segments). */
    MappedLongArray(Path directory, String name, int segmentBits) {
        this.directory = directory;
        this.name = name;
        this.segmentBits = segmentBits;
        this.segmentMask = (1L << segmentBits) - 1;
    }

    void set(long index, long value) {
        int segment = (int) (index >>> segmentBits);
        while (segment >= segments.length) {
            addSegment();
        }
        segments[segment].put((int) (index & segmentMask), value);
    }

    /** The value at {@code index}; 0 where none was set. */
    long get(long index) {
        int segment = (int) (index >>> segmentBits);
        return segment < segments.length ? segments[segment].get((int) (index & segmentMask)) : 0;
    }

    /** Bytes mapped (in the page cache or the files, not on the heap). */
    long bytes() {
        return (long) segments.length << segmentBits << 3;
    }

    private void addSegment() {
        var added = MappedLongs.allocate(directory.resolve(name + "-" + segments.length + ".array"), 1L << segmentBits,
                segmentBits);
        memory.add(added);
        segments = Arrays.copyOf(segments, segments.length + 1);
        segments[segments.length - 1] = added.segments()[0];
    }

    @Override
    public void close() {
        memory.forEach(MappedLongs::unmap);
        memory.clear();
        segments = new LongBuffer[0];
    }
}
