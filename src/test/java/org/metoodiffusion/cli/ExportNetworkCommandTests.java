package org.metoodiffusion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code export network} on a fresh embedded database holding the seed story: Gephi's two tables
 * and a GEXF file land where asked; a bad scope is a usage error.
 */
class ExportNetworkCommandTests {

    @TempDir
    Path dir;

    @Test
    void writesTheNetworkAsTablesAndGexf() throws Exception {
        var data = dir.resolve("data").toString();
        int code = MetooDiffusion.commandLine().execute("export", "network", "--data-dir", data, "--scope", "all",
                "-o", dir.resolve("net.csv").toString());
        assertThat(code).isZero();
        var nodes = Files.readAllLines(dir.resolve("net.nodes.csv"));
        var edges = Files.readAllLines(dir.resolve("net.edges.csv"));
        assertThat(nodes.get(0)).isEqualTo("Id,Label,Name,Followers,Provisional,Posts,PostsCollected");
        assertThat(edges.get(0)).isEqualTo("Source,Target,Kind,Weight,Type");
        assertThat(edges).anyMatch(line -> line.contains(",26642006,reply,"));
        assertThat(edges.subList(1, edges.size())).allSatisfy(line -> assertThat(line).endsWith(",Directed"));

        code = MetooDiffusion.commandLine().execute("export", "network", "--data-dir", data, "--format", "gexf",
                "-o", dir.resolve("net.gexf").toString());
        assertThat(code).isZero();
        assertThat(Files.readString(dir.resolve("net.gexf"))).contains("<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">")
                .contains("defaultedgetype=\"directed\"");
    }

    @Test
    void unknownScopeIsAUsageError() {
        int code = MetooDiffusion.commandLine().execute("export", "network", "--data-dir", dir.resolve("data").toString(),
                "--scope", "referenced");
        assertThat(code).isEqualTo(2);
    }
}
