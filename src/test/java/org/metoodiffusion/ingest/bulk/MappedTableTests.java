package org.metoodiffusion.ingest.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappedTableTests {

    @TempDir
    Path directory;

    /** Counts per key pair agree with a heap map across growth and segments; 0 and negatives are keys too. */
    @Test
    void countsAgreeWithAHeapMapAcrossGrowthAndSegments() throws Exception {
        var expected = new HashMap<List<Long>, long[]>();
        var random = new Random(5);
        // 2^10-long segments of 8-long slots: the table grows from 128 segments to over 2,000.
        try (var table = new MappedTable(directory, "pairs", 4, 10)) {
            for (int i = 0; i < 300_000; i++) {
                long a = i % 3 == 0 ? random.nextInt(20) - 10 : random.nextInt(40_000);
                long b = i % 5 == 0 ? Long.MIN_VALUE | random.nextInt(1000) : random.nextInt(30);
                int kind = random.nextInt(4);
                table.increment(table.findOrAdd(a, b), kind);
                expected.computeIfAbsent(List.of(a, b), key -> new long[4])[kind]++;
            }
            assertThat(table.size()).isEqualTo(expected.size());
            var seen = new HashMap<List<Long>, long[]>();
            table.forEach((a, b, slot) -> seen.put(List.of(a, b), new long[] {table.value(slot, 0),
                    table.value(slot, 1), table.value(slot, 2), table.value(slot, 3)}));
            assertThat(seen.keySet()).isEqualTo(expected.keySet());
            for (Map.Entry<List<Long>, long[]> entry : expected.entrySet()) {
                assertThat(seen.get(entry.getKey())).as("%s", entry.getKey()).containsExactly(entry.getValue());
                long slot = table.find(entry.getKey().get(0), entry.getKey().get(1));
                assertThat(table.value(slot, 2)).isEqualTo(entry.getValue()[2]);
            }
            assertThat(table.find(123_456, 7)).isEqualTo(-1);
        }
        try (var files = Files.list(directory)) {
            assertThat(files).as("nothing left behind").isEmpty();
        }
    }

    /** One value per key: set and read back, as bulk mode maps post ids to their authors. */
    @Test
    void mapsOneValuePerKey() {
        try (var table = new MappedTable(directory, "authors", 1, 10)) {
            for (long post = 0; post < 50_000; post++) {
                table.set(table.findOrAdd(post, 0), 0, post * 7 - 3);
            }
            for (long post = 0; post < 50_000; post++) {
                assertThat(table.value(table.find(post, 0), 0)).isEqualTo(post * 7 - 3);
            }
            assertThat(table.bytes()).isEqualTo(131_072L * 4 * Long.BYTES);
        }
    }
}
