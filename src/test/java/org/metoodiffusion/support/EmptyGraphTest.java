package org.metoodiffusion.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

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

    private static final Path DATA_DIR = temporaryDirectory();

    @Autowired
    protected Driver driver;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("metoo.neo4j.uri", () -> "");
        registry.add("metoo.neo4j.embedded.data-dir", DATA_DIR::toString);
        registry.add("metoo.neo4j.embedded.bolt-port", () -> 0);
        registry.add("metoo.neo4j.embedded.page-cache", () -> "64m");
        registry.add("metoo.seed.enabled", () -> false);
    }

    @BeforeEach
    protected void emptyGraph() {
        driver.executableQuery("MATCH (n) WHERE NOT n:SchemaMigration DETACH DELETE n").execute();
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("metoo-test-empty-graph");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
