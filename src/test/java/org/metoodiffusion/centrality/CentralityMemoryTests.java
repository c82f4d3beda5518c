package org.metoodiffusion.centrality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.metoodiffusion.support.ProblemAssert.assertProblem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With a memory limit below GDS's estimate, a computation is refused before it starts, with a
 * 503 problem giving both figures (its own database: the limit is a server setting).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class CentralityMemoryTests {

    private static final Path DATA_DIR = temporaryDirectory();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("metoo.neo4j.uri", () -> "");
        registry.add("metoo.neo4j.embedded.data-dir", DATA_DIR::toString);
        registry.add("metoo.neo4j.embedded.bolt-port", () -> 0);
        registry.add("metoo.neo4j.embedded.page-cache", () -> "64m");
        registry.add("metoo.seed.enabled", () -> true);
        registry.add("metoo.seed.crowd-posts", () -> 0);
        registry.add("metoo.centrality.memory-limit", () -> "1KB");
    }

    @Autowired
    TestRestTemplate http;

    @Test
    void aComputationThatWouldNotFitIsRefused() throws Exception {
        var body = assertProblem(http.getForEntity("/api/centrality/pagerank", String.class), 503,
                "urn:metoo-diffusion:problem:insufficient-memory");
        assertThat(body.get("requiredBytes").asLong()).isGreaterThan(body.get("availableBytes").asLong());
        assertThat(body.get("availableBytes").asLong()).isEqualTo(1024);
        assertThat(body.get("detail").asText()).contains("GDS's estimate");
        assertProblem(http.getForEntity("/api/centrality/bridges", String.class), 503,
                "urn:metoo-diffusion:problem:insufficient-memory");
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("metoo-test-memory");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
