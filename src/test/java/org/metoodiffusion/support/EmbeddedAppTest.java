package org.metoodiffusion.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.metoodiffusion.store.EmbeddedNeo4j;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that need the whole application on the real embedded Neo4j (with GDS and
 * APOC). Every subclass shares one application context, hence one database: a fresh directory per
 * test run, Bolt and HTTP on free ports, the seed story loaded. Tests that write must leave the
 * graph as they found it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class EmbeddedAppTest {

    @DynamicPropertySource
    static void embeddedDatabase(DynamicPropertyRegistry registry) {
        EmbeddedDatabaseProperties.register(registry, "neo4j", true);
    }

    /** GDS and APOC register in the background at start; tests call them directly. */
    @BeforeEach
    void proceduresRegistered(@Autowired EmbeddedNeo4j neo4j) {
        assertThat(neo4j.awaitProcedures(Duration.ofMinutes(2))).as("GDS and APOC registered").isTrue();
    }
}
