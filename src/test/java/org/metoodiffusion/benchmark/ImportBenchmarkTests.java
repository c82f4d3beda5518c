package org.metoodiffusion.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The import benchmark judges its goal on the median of its runs. */
class ImportBenchmarkTests {

    @Test
    void theMedianIsTheMiddleRunOrTheMeanOfTheMiddleTwo() {
        assertThat(ImportBenchmark.median(List.of(21_000.0))).isEqualTo(21_000.0);
        assertThat(ImportBenchmark.median(List.of(30_000.0, 20_000.0, 25_000.0, 40_000.0, 10_000.0)))
                .isEqualTo(25_000.0);
        assertThat(ImportBenchmark.median(List.of(30_000.0, 20_000.0))).isEqualTo(25_000.0);
    }

    @Test
    void fewerThanOneRunIsRefused() {
        assertThatThrownBy(() -> new ImportBenchmark(10, 1, Path.of("unused"), false, 0, List.of(), home -> null, System.out))
                .hasMessageContaining("--runs");
    }
}
