package org.metoodiffusion.ingest.bulk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.LongBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The off-heap memory of bulk mode's tables ({@link MappedLongSet}, {@link MappedTable}): a new,
 * zero-filled (sparse) file of longs, mapped in segments of at most 2^segmentBits longs (a mapping
 * holds at most 2 GB), and unlinked at once so that nothing is left behind whatever happens.
 *
 * @param mappings the segments' mappings, to unmap
 * @param segments the same, as longs in native order
 */
record MappedLongs(MappedByteBuffer[] mappings, LongBuffer[] segments) {

    /** Maps {@code longs} longs in {@code file} (created, then unlinked). */
    static MappedLongs allocate(Path file, long longs, int segmentBits) {
        int count = (int) Math.max(1, longs >>> segmentBits);
        long segmentLongs = Math.min(longs, 1L << segmentBits);
        var mappings = new MappedByteBuffer[count];
        var segments = new LongBuffer[count];
        try {
            try (var channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                for (int i = 0; i < count; i++) {
                    mappings[i] = channel.map(FileChannel.MapMode.READ_WRITE, i * segmentLongs * Long.BYTES,
                            segmentLongs * Long.BYTES);
                    segments[i] = mappings[i].order(ByteOrder.nativeOrder()).asLongBuffer();
                }
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException | RuntimeException e) {
            unmap(mappings);
            throw new UncheckedIOException("Cannot create the bulk import's table " + file.getFileName() + " in "
                    + file.getParent(), e instanceof IOException io ? io : new IOException(e));
        }
        return new MappedLongs(mappings, segments);
    }

    /** Frees the pages now rather than when the buffers are collected (the file is unlinked already). */
    void unmap() {
        unmap(mappings);
    }

    private static void unmap(MappedByteBuffer[] mappings) {
        for (var mapping : mappings) {
            if (mapping != null) {
                Unmapper.unmap(mapping);
            }
        }
    }

    /**
     * Java 17 has no public way to unmap a buffer before it is collected; {@code sun.misc.Unsafe
     * .invokeCleaner} (module jdk.unsupported) is the one Lucene and Netty use. Without it, the
     * mapping goes when the buffer is collected. A buffer must not be used after it is unmapped.
     */
    private static final class Unmapper {

        private static final Object UNSAFE;
        private static final Method INVOKE_CLEANER;

        static {
            Object unsafe = null;
            Method invokeCleaner = null;
            try {
                var type = Class.forName("sun.misc.Unsafe");
                var field = type.getDeclaredField("theUnsafe");
                field.setAccessible(true);
                unsafe = field.get(null);
                invokeCleaner = type.getMethod("invokeCleaner", ByteBuffer.class);
            } catch (ReflectiveOperationException | RuntimeException e) {
                unsafe = null;
            }
            UNSAFE = unsafe;
            INVOKE_CLEANER = invokeCleaner;
        }

        static void unmap(MappedByteBuffer mapping) {
            if (INVOKE_CLEANER != null) {
                try {
                    INVOKE_CLEANER.invoke(UNSAFE, mapping);
                } catch (ReflectiveOperationException e) {
                    // Left to the garbage collector.
                }
            }
        }
    }
}
