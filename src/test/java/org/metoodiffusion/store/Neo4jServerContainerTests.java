package org.metoodiffusion.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.containers.Neo4jContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * Key queries against a real Neo4j 5.26 server image with the GDS plugin installed. Runs where a
 * Docker engine exists; skipped cleanly where it does not (as on the project's build machines).
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class Neo4jServerContainerTests {

    @Container
    static final Neo4jContainer<?> SERVER = new Neo4jContainer<>("neo4j:5.26-community")
            .withoutAuthentication()
            .withEnv("NEO4J_PLUGINS", "[\"graph-data-science\"]");

    @DynamicPropertySource
    static void server(DynamicPropertyRegistry registry) {
        registry.add("metoo.neo4j.uri", SERVER::getBoltUrl);
        registry.add("metoo.seed.enabled", () -> true);
        registry.add("metoo.seed.crowd-posts", () -> 0);
    }

    @Autowired
    TestRestTemplate http;

    @Test
    void seedStoryStatsAndPageRankOnTheServer() {
        var stats = http.getForEntity("/api/stats", String.class);
        assertThat(stats.getStatusCode().value()).isEqualTo(200);
        assertThat(stats.getBody()).contains("\"Post\":11");
        var post = http.getForEntity("/api/posts/919659438700670976", String.class);
        assertThat(post.getBody()).contains("Alyssa_Milano");
        var pageRank = http.getForEntity("/api/centrality/pagerank", String.class);
        assertThat(pageRank.getStatusCode().value()).isEqualTo(200);
        assertThat(pageRank.getBody()).startsWith("[{\"id\":\"@taranaburke\"");
    }
}
