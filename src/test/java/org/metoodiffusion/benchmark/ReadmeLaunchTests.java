package org.metoodiffusion.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The benchmarks launch the server as the README tells users to. */
class ReadmeLaunchTests {

    @Test
    void theReadmeLaunchesTheServerWithTheBenchmarksOptions() throws IOException {
        var readme = Files.readString(Path.of("README.md"));
        assertThat(readme).contains("java " + String.join(" ", ReadmeLaunch.OPTIONS)
                + " -jar target/app/metoo-diffusion.jar\n");
    }

    @Test
    void theOptionsNameTheFilesOfTheGivenBuild() {
        var app = Path.of("/builds/one/target/app");
        assertThat(ReadmeLaunch.of(app)).hasSize(ReadmeLaunch.OPTIONS.size() + 2)
                .contains("-XX:SharedArchiveFile=/builds/one/target/app/metoo-diffusion.jsa")
                .endsWith("-jar", "/builds/one/target/app/metoo-diffusion.jar");
    }
}
