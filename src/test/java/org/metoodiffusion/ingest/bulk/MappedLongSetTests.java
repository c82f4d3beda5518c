package org.metoodiffusion.ingest.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappedLongSetTests {

    @TempDir
    Path directory;

    @Test
    void agreesWithAHeapSetAcrossGrowthAndSegments() throws IOException {
        var expected = new HashSet<Long>();
        var random = new Random(17);
        // 2^10-long segments: the table grows from 64 segments to 512.
        try (var set = new MappedLongSet(directory, "ids", 10)) {
            for (int i = 0; i < 200_000; i++) {
                // Tweet-like ids, repeats, negatives and 0.
                long key = switch (i % 4) {
                    case 0 -> 917_000_000_000_000_000L + random.nextInt(100_000);
                    case 1 -> random.nextLong();
                    case 2 -> random.nextInt(50) - 25;
                    default -> (long) i << 22;
                };
                assertThat(set.add(key)).as("add %d", key).isEqualTo(expected.add(key));
            }
            assertThat(set.size()).isEqualTo(expected.size());
            assertThat(set.bytes()).as("at most half full").isGreaterThanOrEqualTo((expected.size() - 1) * 2L * Long.BYTES);
            for (long probe = -30; probe < 30; probe++) {
                assertThat(set.contains(probe)).isEqualTo(expected.contains(probe));
            }
            assertThat(set.contains(917_000_000_000_100_000L)).isFalse();
            Set<Long> seen = new HashSet<>();
            set.forEach(key -> assertThat(seen.add(key)).as("%d once", key).isTrue());
            assertThat(seen).isEqualTo(expected);
        }
        try (var files = Files.list(directory)) {
            assertThat(files).as("no table file left").isEmpty();
        }
    }

    @Test
    void leavesNoFileBehindEvenInUseAndIgnoresALeftOverOne() throws IOException {
        // As a killed earlier version could have left it.
        Files.write(directory.resolve("ids-0.set"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        try (var set = new MappedLongSet(directory, "ids")) {
            assertThat(set.contains(0x0807060504030201L)).isFalse();
            for (long key = 1; key <= 100_000; key++) {
                set.add(key * 1_000_003);
            }
            assertThat(set.size()).isEqualTo(100_000);
            try (var files = Files.list(directory)) {
                assertThat(files).as("unlinked once mapped").isEmpty();
            }
        }
    }
}
