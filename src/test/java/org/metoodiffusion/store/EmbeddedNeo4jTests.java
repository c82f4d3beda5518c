package org.metoodiffusion.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

/** The embedded DBMS on its own: Bolt on loopback, a clean stop, and data that survives it. */
class EmbeddedNeo4jTests {

    @TempDir
    Path home;

    @Test
    void dataSurvivesARestart() {
        var settings = new Neo4jProperties.Embedded(home, "127.0.0.1", 0, "32m");
        try (var neo4j = EmbeddedNeo4j.start(settings, "neo4j")) {
            assertThat(neo4j.boltUri().getHost()).isEqualTo("127.0.0.1");
            assertThat(neo4j.boltUri().getPort()).isPositive();
            write(neo4j, "CREATE (:Post {id: $id})", Map.of("id", "919659438700670976"));
        }
        try (var neo4j = EmbeddedNeo4j.start(settings, "neo4j")) {
            assertThat(neo4j.awaitProcedures(Duration.ofMinutes(2))).isTrue();
            assertThat(neo4j.proceduresReady()).isTrue();
            assertThat(read(neo4j, "MATCH (p:Post) RETURN p.id AS v")).isEqualTo("919659438700670976");
            assertThat(read(neo4j, "RETURN gds.version() AS v")).startsWith("2.13");
            assertThat(read(neo4j, "RETURN apoc.text.join(['me', 'too'], ' ') AS v")).isEqualTo("me too");
        }
    }

    /** An import registers no procedures; whatever would need them is told why they are missing. */
    @Test
    void withoutProceduresTheDatabaseWorksAndSaysWhyProceduresAreMissing() {
        var settings = new Neo4jProperties.Embedded(home, "127.0.0.1", 0, "32m", false);
        try (var neo4j = EmbeddedNeo4j.start(settings, "neo4j")) {
            write(neo4j, "CREATE (:Post {id: $id})", Map.of("id", "919659438700670976"));
            assertThat(read(neo4j, "MATCH (p:Post) RETURN p.id AS v")).isEqualTo("919659438700670976");
            assertThat(neo4j.proceduresReady()).isFalse();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> neo4j.awaitProcedures(Duration.ofSeconds(1)))
                    .hasRootCauseMessage("not registered in this run (metoo.neo4j.embedded.procedures=false)");
        }
    }

    @Test
    void invalidPortIsRefusedWithItsVariableName() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Neo4jProperties.Embedded(home, null, 70000, null))
                .hasMessageContaining("METOO_BOLT_PORT");
    }

    private static void write(EmbeddedNeo4j neo4j, String cypher, Map<String, Object> parameters) {
        try (var driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
            driver.executableQuery(cypher).withParameters(parameters).execute();
        }
    }

    private static String read(EmbeddedNeo4j neo4j, String cypher) {
        try (var driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
            return driver.executableQuery(cypher).execute().records().get(0).get("v").asString();
        }
    }
}
