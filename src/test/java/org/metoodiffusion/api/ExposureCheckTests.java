package org.metoodiffusion.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metoodiffusion.MetooDiffusionApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.mock.env.MockEnvironment;

/**
 * Issue 16, point 3: beyond loopback without a secret the server does not start, and says in one
 * line which setting to give; nothing is started or written before.
 */
class ExposureCheckTests {

    @TempDir
    Path data;

    @Test
    void httpBeyondLoopbackWithoutATokenRefusesToStart() {
        assertThatThrownBy(() -> start("--server.address=0.0.0.0"))
                .isInstanceOf(ExposureRefusedException.class)
                .hasMessageContaining("METOO_API_TOKEN").hasMessageNotContaining("\n");
        assertThat(Files.exists(data.resolve("db"))).as("the database was never started").isFalse();
    }

    @Test
    void boltBeyondLoopbackWithoutAPasswordRefusesToStart() {
        assertThatThrownBy(() -> start("--metoo.neo4j.embedded.bolt-address=0.0.0.0"))
                .isInstanceOf(ExposureRefusedException.class)
                .hasMessageContaining("METOO_BOLT_PASSWORD").hasMessageNotContaining("\n");
        assertThat(Files.exists(data.resolve("db"))).isFalse();
    }

    @Test
    void loopbackNeedsNothingAndSecretsLiftTheRefusal() {
        var environment = new MockEnvironment();
        assertThat(ExposureCheck.refusal(environment.withProperty("server.address", "127.0.0.1"), true)).isNull();
        assertThat(ExposureCheck.refusal(new MockEnvironment().withProperty("server.address", "localhost"), true)).isNull();
        assertThat(ExposureCheck.refusal(new MockEnvironment().withProperty("server.address", "::1"), true)).isNull();
        assertThat(ExposureCheck.refusal(new MockEnvironment().withProperty("server.address", ""), true))
                .as("blank: every interface").contains("METOO_API_TOKEN");
        assertThat(ExposureCheck.refusal(new MockEnvironment().withProperty("server.address", "0.0.0.0"), false))
                .as("no web server, nothing to refuse").isNull();
        assertThat(ExposureCheck.refusal(new MockEnvironment().withProperty("server.address", "0.0.0.0")
                .withProperty("metoo.web.api-token", "s3cret-token"), true)).isNull();
        assertThat(ExposureCheck.refusal(new MockEnvironment().withProperty("server.address", "127.0.0.1")
                .withProperty("metoo.neo4j.embedded.bolt-address", "0.0.0.0")
                .withProperty("metoo.neo4j.embedded.bolt-password", "long enough"), true)).isNull();
        assertThat(ExposureCheck.refusal(new MockEnvironment().withProperty("server.address", "127.0.0.1")
                .withProperty("metoo.neo4j.embedded.bolt-password", "short"), true)).contains("at least 8");
        assertThat(ExposureCheck.refusal(new MockEnvironment().withProperty("server.address", "127.0.0.1")
                .withProperty("metoo.neo4j.uri", "bolt://db.example:7687")
                .withProperty("metoo.neo4j.embedded.bolt-address", "0.0.0.0"), true))
                .as("an external server: no embedded Bolt").isNull();
    }

    private void start(String address) {
        new SpringApplicationBuilder(MetooDiffusionApplication.class).run(address, "--server.port=0",
                "--metoo.neo4j.uri=", "--metoo.neo4j.embedded.data-dir=" + data.resolve("db"),
                "--metoo.neo4j.embedded.bolt-port=0", "--metoo.seed.crowd-posts=0").close();
    }
}
