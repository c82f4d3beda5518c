package org.metoodiffusion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code export} on a fresh embedded database (the seed story loads into it): Gephi's CSV tables
 * of Burke's cascade land as two files; a bad format is a usage error.
 */
class ExportCommandTests {

    @TempDir
    Path dir;

    @Test
    void exportsGephiTablesOfACascade() throws Exception {
        var output = dir.resolve("burke.csv");
        int code = MetooDiffusion.commandLine().execute("export", "--data-dir", dir.resolve("data").toString(),
                "--root", "burke", "--format", "csv", "-o", output.toString());
        assertThat(code).isZero();
        var nodes = Files.readAllLines(dir.resolve("burke.nodes.csv"));
        var edges = Files.readAllLines(dir.resolve("burke.edges.csv"));
        assertThat(nodes.get(0)).startsWith("Id,Label,");
        assertThat(nodes).hasSize(4);
        assertThat(edges).hasSize(3);
        assertThat(edges.get(0)).startsWith("Source,Target,Type");
        assertThat(edges.subList(1, 3)).allSatisfy(line -> assertThat(line).startsWith("burke,").contains(",Directed,"));
    }

    @Test
    void unknownFormatIsAUsageError() {
        int code = MetooDiffusion.commandLine().execute("export", "--data-dir", dir.resolve("data").toString(),
                "--format", "xlsx");
        assertThat(code).isEqualTo(2);
    }
}
