package org.metoodiffusion.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.metoodiffusion.MetooDiffusionApplication;
import org.metoodiffusion.store.EmbeddedNeo4jEarlyStart;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Turning options into Spring properties, and the quiet, web-less context the batch commands use. */
final class SpringArguments {

    private SpringArguments() {
    }

    static void add(List<String> arguments, String property, Object value) {
        if (value != null) {
            arguments.add("--" + property + "=" + value);
        }
    }

    /**
     * The application without its web server, logging warnings only (stdout stays for results),
     * with the embedded Bolt connector on a free port so a running server does not collide.
     */
    static ConfigurableApplicationContext batchContext(List<String> arguments) {
        // No synthetic crowd: a batch command's database holds only what the user gives it. Start-up
        // failures are explained in one line by FailureMessages, not in Spring Boot's long log.
        // Lazy: a batch command starts only the beans it uses (schema and seed story are eager).
        var all = new ArrayList<>(List.of("--logging.level.root=warn", "--spring.main.lazy-initialization=true",
                "--logging.level.org.springframework.boot.SpringApplication=off",
                "--metoo.neo4j.embedded.bolt-port=0", "--metoo.seed.crowd-posts=0"));
        all.addAll(arguments);
        // Neo4j opens beside the context: every offline write (bulk import) is done before a batch context opens.
        return new SpringApplicationBuilder(MetooDiffusionApplication.class)
                .listeners(new EmbeddedNeo4jEarlyStart())
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run(all.toArray(String[]::new));
    }

    /**
     * The batch context a benchmark opens on each database it builds under {@code home}: no seed
     * story, the given page cache, and any {@code more} arguments.
     */
    static Function<Path, ConfigurableApplicationContext> benchmarkDatabase(String pageCache, String... more) {
        return home -> {
            var arguments = new ArrayList<>(List.of("--metoo.neo4j.embedded.data-dir=" + home,
                    "--metoo.seed.enabled=false", "--metoo.neo4j.embedded.page-cache=" + pageCache));
            arguments.addAll(List.of(more));
            return batchContext(arguments);
        };
    }
}
