package org.metoodiffusion.support;

import org.junit.jupiter.api.BeforeEach;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that write freely: their own embedded database (not the one holding the seed
 * story for the read-only tests), emptied before each test, schema kept.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
public abstract class EmptyGraphTest {

    @Autowired
    protected Driver driver;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        EmbeddedDatabaseProperties.register(registry, "empty-graph", false);
    }

    @BeforeEach
    protected void emptyGraph() {
        driver.executableQuery("MATCH (n) WHERE NOT n:SchemaMigration DETACH DELETE n").execute();
    }
}
