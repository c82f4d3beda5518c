package org.metoodiffusion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trace commands against a real embedded database holding the seed story. */
class TraceCommandTests {

    @TempDir
    Path dataDir;

    @Test
    void pathAndCascadePrintTablesOrJson() {
        String table = CommandOutput.run("trace", "path", "burke", "@Alyssa_Milano", "--data-dir", dataDir.toString());
        assertThat(table).contains("From burke to @Alyssa_Milano", "1 hops", "time-respecting: true", "CREDITS",
                "920016494392246272");

        String edges = CommandOutput.run("trace", "edges", "burke", "--data-dir", dataDir.toString());
        assertThat(edges).contains("edges 0-2 of 2", "CREDITS", "920016494392246272");

        String json = CommandOutput.run("trace", "cascade", "milano", "--json", "--data-dir", dataDir.toString());
        assertThat(json).contains("\"posts\" : 2", "\"root\" : \"milano\"", "\"username\" : \"AnnaPaquin\"");
    }

    @Test
    void aBadRootIsOneLineNotAStackTrace() {
        var err = new StringWriter();
        int code = MetooDiffusion.commandLine().setErr(new PrintWriter(err)).execute("trace", "cascade", "nobody", "--data-dir", dataDir.toString());
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("Unknown root 'nobody'").doesNotContain("\tat ");
    }
}
