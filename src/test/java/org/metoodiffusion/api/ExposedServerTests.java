package org.metoodiffusion.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.metoodiffusion.store.EmbeddedNeo4j;
import org.metoodiffusion.support.EmbeddedDatabaseProperties;
import org.metoodiffusion.support.RawHttp;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 16, point 3: a server exposed beyond loopback with its secrets. HTTP asks every request
 * but the health check for the bearer token; Bolt asks for the neo4j user's password, which the
 * application's own driver gives (the health check reaches Neo4j through it).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class ExposedServerTests {

    private static final String TOKEN = "test-token-4f1c9a";
    private static final String PASSWORD = "bolt-password-7d2e";

    @DynamicPropertySource
    static void exposed(DynamicPropertyRegistry registry) {
        EmbeddedDatabaseProperties.register(registry, "exposed", true);
        registry.add("server.address", () -> "0.0.0.0");
        registry.add("metoo.web.api-token", () -> TOKEN);
        registry.add("metoo.neo4j.embedded.bolt-address", () -> "0.0.0.0");
        registry.add("metoo.neo4j.embedded.bolt-password", () -> PASSWORD);
    }

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedNeo4j neo4j;

    @Test
    void everyRequestButTheHealthCheckNeedsTheToken() throws Exception {
        var none = RawHttp.send(port, "GET", "/api/stats");
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.isProblem()).isTrue();
        assertThat(none.header("www-authenticate")).isEqualTo("Bearer");
        assertThat(none.body()).doesNotContain(TOKEN);
        assertThat(RawHttp.send(port, "GET", "/api/stats", "Authorization: Bearer wrong").status()).isEqualTo(401);
        assertThat(RawHttp.send(port, "GET", "/", "Authorization: Basic " + TOKEN).status()).isEqualTo(401);
        assertThat(RawHttp.send(port, "GET", "/api/stats", "Authorization: Bearer " + TOKEN).status()).isEqualTo(200);
        assertThat(RawHttp.send(port, "GET", "/actuator/health/../../api/stats").status()).isIn(400, 401);
    }

    @Test
    void theHealthCheckNeedsNoTokenAndReachesNeo4jWithThePassword() throws Exception {
        assertThat(neo4j.awaitProcedures(Duration.ofMinutes(2))).isTrue();
        var health = RawHttp.send(port, "GET", "/actuator/health");
        assertThat(health.status()).as(health.body()).isEqualTo(200);
        assertThat(health.json().at("/components/neo4j/status").asText()).isEqualTo("UP");
    }

    @Test
    void boltAsksForThePassword() {
        var uri = neo4j.boltUri();
        try (var anonymous = GraphDatabase.driver(uri, AuthTokens.none())) {
            assertThatThrownBy(anonymous::verifyConnectivity).isInstanceOf(AuthenticationException.class);
        }
        try (var wrong = GraphDatabase.driver(uri, AuthTokens.basic("neo4j", "neo4j"))) {
            assertThatThrownBy(wrong::verifyConnectivity).isInstanceOf(AuthenticationException.class);
        }
        try (var user = GraphDatabase.driver(uri, AuthTokens.basic("neo4j", PASSWORD))) {
            assertThat(user.executableQuery("RETURN 1 AS one").execute().records().get(0).get("one").asInt()).isEqualTo(1);
        }
    }
}
