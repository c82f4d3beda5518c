package org.metoodiffusion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code trace forecast} at account level on imported SNAP activity, and {@code benchmark forecast} on a file. */
class ForecastCommandTests {

    @TempDir
    Path dir;

    @Test
    void forecastsAnAccountLevelCascadeWithEqualWeights() throws IOException {
        String data = SnapActivityFixture.imported(dir);

        // The root account is active from its first activation (+10 s), where the cascade starts: 5 events,
        // 4 of them in the first minute, three reshares in 20 s: supercritical.
        assertThat(CommandOutput.run("trace", "forecast", "account:1", "--at", "1m", "--data-dir", data))
                .contains("level account, at 1m", "observed now: 5 events", "equal weights", "SEISMIC", "baseline")
                .contains("SUPERCRITICAL", "not enough training cascades");
        assertThat(CommandOutput.run("trace", "forecast", "account:1", "--at", "1h", "--json", "--data-dir", data))
                .contains("\"level\" : \"account\"", "\"eventsUsed\" : 4", "\"nStar\" : 1.0");

        var err = new StringWriter();
        int code = MetooDiffusion.commandLine().setErr(new PrintWriter(err))
                .execute("trace", "forecast", "account:1", "--at", "soon", "--data-dir", data);
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("Unknown forecast time 'soon'").doesNotContain("\tat ");
    }

    @Test
    void benchmarksBothModelsOnAFileOfCascades() throws IOException {
        var csv = new StringBuilder("cascade,seconds,followers\n");
        for (int k = 0; k < 6; k++) {
            for (int i = 0; i <= 4 + k; i++) {
                csv.append("c").append(k).append(',').append(1000 + 40 * i * (k + 1)).append(",100\n");
            }
        }
        Files.writeString(dir.resolve("cascades.csv"), csv);
        assertThat(CommandOutput.run("benchmark", "forecast", "--input", dir.resolve("cascades.csv").toString(), "--min-events", "5",
                "--horizons", "2m,5m"))
                .contains("6 cascades, 6 with >= 5 events forecast at 2m and 5m")
                .containsPattern("goal seismic-vs-baseline: [0-9.]+ \\(<= 0.7\\): (met|NOT met)")
                .containsPattern("goal interval-coverage: [0-9.]+% \\(70-90%\\): (met|NOT met)");
    }
}
