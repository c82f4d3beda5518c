package org.metoodiffusion.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmarks launch the server as the README tells users to. */
class AppLaunchTests {

    @Test
    void theReadmeLaunchesTheServerWithTheBenchmarksOptions() throws IOException {
        var readme = Files.readString(Path.of("README.md"));
        assertThat(readme).contains("java " + String.join(" ", AppLaunch.README_OPTIONS)
                + " -jar target/app/metoo-diffusion.jar\n");
    }

    @Test
    void theOptionsNameTheFilesOfTheGivenBuild(@TempDir Path app) throws IOException {
        Files.createFile(app.resolve("metoo-diffusion.jar"));
        assertThat(AppLaunch.of(app)).containsExactly("-jar", app.resolve("metoo-diffusion.jar").toString());
        Files.createFile(app.resolve("metoo-diffusion.jsa"));
        assertThat(AppLaunch.of(app, "1g")).containsExactly("-Xmx1g",
                "-XX:SharedArchiveFile=" + app.resolve("metoo-diffusion.jsa"), "-jar",
                app.resolve("metoo-diffusion.jar").toString());
    }

    @Test
    void aBuildWithoutTheJarIsRefusedWithTheCommandThatMakesIt(@TempDir Path app) {
        assertThatThrownBy(() -> AppLaunch.of(app)).hasMessageContaining("./mvnw -DskipTests package");
    }
}
