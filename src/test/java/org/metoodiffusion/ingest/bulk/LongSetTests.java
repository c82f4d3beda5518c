package org.metoodiffusion.ingest.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class LongSetTests {

    @Test
    void behavesAsASetOfLongsThroughGrowth() {
        var set = new LongSet();
        var expected = new HashSet<Long>();
        var random = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            // Clustered ids (high bits shared), zero, negatives and repeats.
            long value = switch (i % 4) {
                case 0 -> 9_000_000_000_000_000_000L + random.nextInt(50_000);
                case 1 -> 919_659_438_700_670_976L + ((long) random.nextInt(1 << 20) << 22);
                case 2 -> random.nextInt(3) - 1L;
                default -> random.nextLong();
            };
            assertThat(set.add(value)).isEqualTo(expected.add(value));
        }
        assertThat(set.contains(0)).isTrue();
        assertThat(set.contains(12345)).isFalse();
        Set<Long> seen = new HashSet<>();
        set.forEach(value -> assertThat(seen.add(value)).isTrue());
        assertThat(seen).isEqualTo(expected);
    }
}
