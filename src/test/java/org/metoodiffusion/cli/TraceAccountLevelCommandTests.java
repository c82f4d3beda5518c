package org.metoodiffusion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import} of a SNAP activity file, then {@code trace} at account level, on a fresh embedded database. */
class TraceAccountLevelCommandTests {

    /** R (1) is retweeted by A (2); B (3) replies to A; C (4) mentioned B before B was active, then retweets A. */
    private static final String SNAP = """
            2 1 1341100810 RT
            4 3 1341100815 MT
            3 2 1341100820 RE
            4 2 1341100830 RT
            """;

    @TempDir
    Path dir;

    @Test
    void importedSnapActivityIsTracedAtAccountLevel() throws IOException {
        Files.writeString(dir.resolve("activity.txt"), SNAP);
        String data = dir.resolve("data").toString();
        assertThat(MetooDiffusion.commandLine().execute("import", dir.resolve("activity.txt").toString(), "--data-dir",
                data, "--quiet", "--rejects", dir.resolve("rejects.jsonl").toString())).isZero();

        assertThat(CommandOutput.run("trace", "cascade", "account:1", "--data-dir", data))
                .contains("level account, method platform", "accounts 4", "depth 2", "breadth by depth [1, 1, 2]");
        assertThat(CommandOutput.run("trace", "path", "account:1", "account:4", "--data-dir", data))
                .contains("level account", "2 hops", "time-respecting: true", "RETWEET", "FIRST_ACTIVATION")
                .contains("2012-07-01T00:00:30Z");
        assertThat(CommandOutput.run("trace", "adoption", "account:1", "--bucket", "hour", "--data-dir", data))
                .contains("level account", "4 accounts");
        assertThat(CommandOutput.run("trace", "nodes", "account:1", "--json", "--data-dir", data))
                .contains("\"level\" : \"account\"", "\"basis\" : \"FIRST_ACTIVATION\"");

        var err = new StringWriter();
        int code = MetooDiffusion.commandLine().setErr(new PrintWriter(err))
                .execute("trace", "cascade", "account:1", "--method", "followee", "--data-dir", data);
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("does not apply at account level").doesNotContain("\tat ");
    }
}
