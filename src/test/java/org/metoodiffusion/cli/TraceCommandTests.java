package org.metoodiffusion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The trace commands against a real embedded database holding the seed story. */
class TraceCommandTests {

    @TempDir
    Path dataDir;

    @Test
    void pathAndCascadePrintTablesOrJson() {
        String table = run("trace", "path", "burke", "@Alyssa_Milano", "--data-dir", dataDir.toString());
        assertThat(table).contains("From burke to @Alyssa_Milano", "1 hops", "time-respecting: true", "CREDITS",
                "920016494392246272");

        String edges = run("trace", "edges", "burke", "--data-dir", dataDir.toString());
        assertThat(edges).contains("edges 0-2 of 2", "CREDITS", "920016494392246272");

        String json = run("trace", "cascade", "milano", "--json", "--data-dir", dataDir.toString());
        assertThat(json).contains("\"posts\" : 2", "\"root\" : \"milano\"", "\"username\" : \"AnnaPaquin\"");
    }

    @Test
    void aBadRootIsOneLineNotAStackTrace() {
        var err = new StringWriter();
        int code = MetooDiffusion.commandLine().setErr(new PrintWriter(err)).execute("trace", "cascade", "nobody", "--data-dir", dataDir.toString());
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("Unknown root 'nobody'").doesNotContain("\tat ");
    }

    private static String run(String... arguments) {
        PrintStream original = System.out;
        var out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertThat(new CommandLine(new MetooDiffusion()).execute(arguments)).isZero();
        } finally {
            System.setOut(original);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
