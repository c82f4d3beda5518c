package org.metoodiffusion.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.metoodiffusion.support.ProblemAssert.assertProblem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.metoodiffusion.schema.SchemaMigrations;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application against an external Neo4j server (here a plain Neo4j 5.26 without any plugin,
 * reached through a {@code neo4j://} routing URI): no embedded database starts, schema and seed
 * story go to the server, and centrality answers with a problem naming the missing GDS plugin.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class ExternalNeo4jTests {

    private static final int PORT = freePort();
    private static final DatabaseManagementService SERVER = startPlainServer();

    @DynamicPropertySource
    static void external(DynamicPropertyRegistry registry) {
        registry.add("metoo.neo4j.uri", () -> "neo4j://127.0.0.1:" + PORT);
        registry.add("metoo.seed.enabled", () -> true);
        registry.add("metoo.seed.crowd-posts", () -> 0);
    }

    @AfterAll
    static void stopServer() {
        SERVER.shutdown();
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    TestRestTemplate http;

    @Autowired
    SchemaMigrations migrations;

    @Test
    void noEmbeddedDatabaseStarts() {
        assertThat(context.getBeanNamesForType(EmbeddedNeo4j.class)).isEmpty();
    }

    @Test
    void schemaAndSeedStoryGoToTheExternalServer() {
        var response = http.getForEntity("/api/posts/919659438700670976", String.class);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        try (var tx = SERVER.database("neo4j").beginTx()) {
            assertThat(tx.execute("MATCH (m:SchemaMigration) RETURN count(m) AS n").next().get("n"))
                    .isEqualTo((long) migrations.migrations().size());
            assertThat(tx.execute("MATCH (p:Post) RETURN count(p) AS n").next().get("n")).isEqualTo(11L);
        }
    }

    @Test
    void tracingStreamsThroughTheDriver() {
        var response = http.getForEntity("/api/cascades/burke/path?to=@Alyssa_Milano", String.class);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getBody()).contains("\"reachable\":true", "920016494392246272");
        var cascade = http.getForEntity("/api/cascades/milano", String.class);
        assertThat(cascade.getBody()).contains("\"posts\":2");
    }

    @Test
    void centralityWithoutGdsIsAProblemNamingThePlugin() throws Exception {
        var body = assertProblem(http.getForEntity("/api/centrality/pagerank", String.class), 503,
                "urn:metoo-diffusion:problem:plugin-missing");
        assertThat(body.get("plugin").asText()).isEqualTo("Neo4j Graph Data Science");
        assertThat(body.get("detail").asText()).contains("NEO4J_URI");
    }

    private static DatabaseManagementService startPlainServer() {
        try {
            var address = new SocketAddress("127.0.0.1", PORT);
            return new DatabaseManagementServiceBuilder(Files.createTempDirectory("metoo-external-neo4j"))
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, address)
                    .setConfig(BoltConnector.advertised_address, address)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, 32L * 1024 * 1024)
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
