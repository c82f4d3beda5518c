package org.metoodiffusion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code trace model} and {@code trace influence} on imported SNAP activity (account level). */
class ModelCommandTests {

    @TempDir
    Path dir;

    @Test
    void comparesTheCascadeWithItsModelAndChoosesSeeds() throws IOException {
        String data = SnapActivityFixture.imported(dir);
        // Root 1 is retweeted by 2, 3 replies to 2, 4 retweets 2, 5 retweets 4. Each account's answered actions
        // were all answered (A_1 = 1 raised from 0; A_2 = A_4 = 1, their own retweet), so every fitted edge is
        // certain and the model repeats the cascade: 5 accounts, depth 3, structural virality
        // 2 (4x1 + 1x4 + 2x3 + 1x4) / (5 x 4) = 1.8.

        Path chart = dir.resolve("model.png");
        assertThat(CommandOutput.run("trace", "model", "account:1", "--runs", "100", "--chart", chart.toString(),
                "--data-dir", data))
                .contains("level account: 100 runs, seed 2010, from 1")
                .containsPattern("size \\(accounts\\) +5\\.000 +5\\.000 +5\\.000 +5\\.000 +5\\.000")
                .containsPattern("depth \\(hops\\) +3\\.000 +3\\.000")
                .containsPattern("structural virality +1\\.800 +1\\.800");
        assertThat(Files.readAllBytes(chart)).startsWith(0x89, 'P', 'N', 'G');
        assertThat(CommandOutput.run("trace", "model", "account:1", "--runs", "10", "--json", "--data-dir", data))
                .contains("\"level\" : \"account\"", "\"sizePercentile\" : 1.0");

        // 1 reaches its 5 accounts with certainty; the second pick comes from the seed story (also loaded):
        // @TaranaBurke reaches Milano, and Paquin with p = 1/3.
        assertThat(CommandOutput.run("trace", "influence", "-k", "2", "--runs", "50", "--data-dir", data))
                .contains("k 2, 50 runs, seed 2007")
                .containsPattern("celf +expected spread [0-9.]+: 1 \\(5\\.00\\), @TaranaBurke")
                .containsPattern("pagerank +expected spread 5\\.00")
                .containsPattern("out-degree +expected spread 5\\.00: 2 \\(2\\.00\\), 1 \\(1\\.00\\)");

        var err = new StringWriter();
        int code = MetooDiffusion.commandLine().setErr(new PrintWriter(err))
                .execute("trace", "influence", "-k", "0", "--data-dir", data);
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("k must be 1..100, was 0").doesNotContain("\tat ");
    }
}
