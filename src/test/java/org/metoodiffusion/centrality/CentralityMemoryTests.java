package org.metoodiffusion.centrality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.metoodiffusion.support.ProblemAssert.assertProblem;

import org.junit.jupiter.api.Test;
import org.metoodiffusion.support.EmbeddedDatabaseProperties;
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

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        EmbeddedDatabaseProperties.register(registry, "memory", true);
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
}
