package org.metoodiffusion.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bulk run in another JVM is measured from the summary it printed and Neo4j's importer log. */
class BulkRunLogTests {

    @TempDir
    Path directory;

    @Test
    void readsTheReadingTimeTheImportersTimeAndTheGraphsRecords() throws IOException {
        var output = Files.writeString(directory.resolve("run.log"), """
                Read 3,143,845 record(s) from 2 input(s) in 14.7 s (213,421 records/s); rejected 0, flagged 0.
                Items: {accounts=6069248, posts=1781564, follows=2143845}.
                Graph: 1,333,358 nodes and 4,775,728 relationships created.
                """);
        var importer = Files.writeString(directory.resolve("bulk-import.log"), "...\nIMPORT DONE in 1m 23s 555ms. \n");

        var run = BulkRunLog.read(output, importer);

        assertThat(run.readingSeconds()).isEqualTo(14.7);
        assertThat(run.importerSeconds()).isCloseTo(83.555, within(1e-9));
        assertThat(run.graphRecords()).isEqualTo(1_333_358L + 4_775_728L);
    }

    @Test
    void neo4jsDurationsAddTheirParts() {
        assertThat(BulkRunLog.seconds("23s 555ms")).isCloseTo(23.555, within(1e-9));
        assertThat(BulkRunLog.seconds("1h 2m 3s")).isEqualTo(3723.0);
        assertThat(BulkRunLog.seconds("980ms")).isCloseTo(0.98, within(1e-9));
    }

    @Test
    void aRunThatPrintedNoSummaryIsAnError() throws IOException {
        var output = Files.writeString(directory.resolve("run.log"), "metoo-diffusion import: failed\n");
        var importer = Files.writeString(directory.resolve("bulk-import.log"), "IMPORT DONE in 2s 1ms.\n");

        assertThatThrownBy(() -> BulkRunLog.read(output, importer)).hasMessageContaining("run.log");
    }
}
