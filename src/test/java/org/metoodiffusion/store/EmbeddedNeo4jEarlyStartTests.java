package org.metoodiffusion.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metoodiffusion.MetooDiffusionApplication;
import org.metoodiffusion.cypher.Cypher;
import org.metoodiffusion.stats.StatsQuery;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * {@code serve} starts Neo4j before its context does: the application's {@link EmbeddedNeo4j} is
 * the one the early start made, the database answers through it, and GDS and APOC get registered.
 */
class EmbeddedNeo4jEarlyStartTests {

    @TempDir
    Path home;

    @Test
    void theApplicationTakesTheDatabaseStartedBesideIt() {
        var early = new EmbeddedNeo4jEarlyStart();
        try (var context = new SpringApplicationBuilder(MetooDiffusionApplication.class).web(WebApplicationType.NONE)
                .listeners(early).logStartupInfo(false)
                .run("--metoo.neo4j.embedded.data-dir=" + home, "--metoo.neo4j.embedded.bolt-port=0",
                        "--metoo.neo4j.embedded.page-cache=32m", "--metoo.seed.enabled=false",
                        "--metoo.centrality.warm-up=false", "--metoo.centrality.refresh-amplified=false")) {
            assertThat(context.getBean("embeddedNeo4jEarlyStart")).isSameAs(early);
            var neo4j = context.getBean(EmbeddedNeo4j.class);
            assertThat(neo4j.startedWith(new Neo4jProperties.Embedded(home, "127.0.0.1", 0, "32m"), "neo4j")).isTrue();
            assertThat(context.getBean(Cypher.class).first(StatsQuery.IS_EMPTY, java.util.Map.of(),
                    row -> row.isTrue("empty"))).contains(true);
            assertThat(neo4j.awaitProcedures(Duration.ofMinutes(2))).isTrue();
        }
    }
}
