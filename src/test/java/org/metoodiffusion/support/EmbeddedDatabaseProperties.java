package org.metoodiffusion.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import org.springframework.test.context.DynamicPropertyRegistry;

/** Settings of a test application's own embedded database: a fresh directory, free Bolt port, small page cache. */
public final class EmbeddedDatabaseProperties {

    private EmbeddedDatabaseProperties() {
    }

    /**
     * Registers an embedded database in a new temporary directory named after {@code name}.
     *
     * @param seed whether the seed story loads into it (never the synthetic crowd)
     */
    public static void register(DynamicPropertyRegistry registry, String name, boolean seed) {
        String dataDir;
        try {
            dataDir = Files.createTempDirectory("metoo-test-" + name).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        registry.add("metoo.neo4j.uri", () -> "");
        registry.add("metoo.neo4j.embedded.data-dir", () -> dataDir);
        registry.add("metoo.neo4j.embedded.bolt-port", () -> 0);
        registry.add("metoo.neo4j.embedded.page-cache", () -> "64m");
        registry.add("metoo.seed.enabled", () -> seed);
        registry.add("metoo.seed.crowd-posts", () -> 0);
        // No background build of the AMPLIFIED relationships: its commits would move the graph version
        // under the tests' feet. The tests that want them build them (AmplifiedGraph.refresh).
        registry.add("metoo.centrality.refresh-amplified", () -> false);
        // Small enough that a test's few thousand pairs take several batches (10,000 in production).
        registry.add("metoo.centrality.amplified-batch", () -> 1000);
        registry.add("metoo.centrality.warm-up", () -> false);
        // Nor projections made ahead, in the background, in the catalog the tests look at.
        registry.add("metoo.centrality.project-ahead", () -> false);
    }
}
