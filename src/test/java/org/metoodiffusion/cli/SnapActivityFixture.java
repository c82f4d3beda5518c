package org.metoodiffusion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small SNAP activity cascade imported through the command line, for the commands that trace at
 * account level: root 1 is retweeted by 2 at +10 s, 3 replies to 2 at +20 s, 4 retweets 2 at
 * +30 s, 5 retweets 4 at +2 h.
 */
final class SnapActivityFixture {

    static final String SNAP = """
            2 1 1341100810 RT
            3 2 1341100820 RE
            4 2 1341100830 RT
            5 4 1341108000 RT
            """;

    private SnapActivityFixture() {
    }

    /** Imports the cascade into a new database under {@code dir}; returns its data directory. */
    static String imported(Path dir) throws IOException {
        Files.writeString(dir.resolve("activity.txt"), SNAP);
        String data = dir.resolve("data").toString();
        assertThat(MetooDiffusion.commandLine().execute("import", dir.resolve("activity.txt").toString(), "--data-dir",
                data, "--quiet", "--rejects", dir.resolve("rejects.jsonl").toString())).isZero();
        return data;
    }
}
