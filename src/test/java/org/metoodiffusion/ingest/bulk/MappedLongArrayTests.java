package org.metoodiffusion.ingest.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappedLongArrayTests {

    @TempDir
    Path directory;

    @Test
    void agreesWithAHeapMapAcrossSegments() throws IOException {
        var expected = new HashMap<Long, Long>();
        var random = new Random(5);
        // 2^8-long segments: 100,000 indexes span 391 of them, written in no order.
        try (var array = new MappedLongArray(directory, "values", 8)) {
            assertThat(array.get(12)).as("nothing set yet").isZero();
            for (int i = 0; i < 50_000; i++) {
                long index = random.nextInt(100_000);
                long value = random.nextLong();
                array.set(index, value);
                expected.put(index, value);
            }
            for (long index = 0; index < 101_000; index++) {
                assertThat(array.get(index)).as("at %d", index).isEqualTo(expected.getOrDefault(index, 0L));
            }
            assertThat(array.bytes()).isEqualTo(391L * 256 * Long.BYTES);
        }
        try (var files = Files.list(directory)) {
            assertThat(files).as("no file left").isEmpty();
        }
    }
}
