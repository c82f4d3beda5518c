package org.metoodiffusion.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.metoodiffusion.MetooDiffusionApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Starts the server (embedded Neo4j unless an address is given) and blocks until it is stopped
 * (Ctrl-C or SIGTERM close Neo4j cleanly). Options override the environment variables of the
 * README's configuration table.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the REST API and Neo4j (embedded by default; Bolt on 127.0.0.1:7687).")
final class ServeCommand implements Callable<Integer> {

    @Option(names = {"-a", "--address"}, description = "External Neo4j URI (bolt://, neo4j://); default: embedded. Env: NEO4J_URI")
    String address;

    @Option(names = {"-u", "--username"}, description = "External Neo4j user. Env: NEO4J_USERNAME")
    String username;

    @Option(names = {"-p", "--password"}, interactive = true, arity = "0..1",
            description = "External Neo4j password (prompted when given without value). Env: NEO4J_PASSWORD")
    String password;

    @Option(names = {"-d", "--database"}, description = "Database name. Env: NEO4J_DATABASE")
    String database;

    @Option(names = "--data-dir", description = "Embedded Neo4j home. Env: METOO_DATA_DIR (default ./data)")
    Path dataDir;

    @Option(names = "--bolt-port", description = "Embedded Bolt port, 0 for any free one. Env: METOO_BOLT_PORT (default 7687)")
    Integer boltPort;

    @Option(names = "--http-port", description = "HTTP port. Env: SERVER_PORT (default 8080)")
    Integer httpPort;

    @Option(names = "--no-seed", description = "Do not load the seed story into an empty database. Env: METOO_SEED=false")
    boolean noSeed;

    @Override
    public Integer call() throws InterruptedException {
        var application = new SpringApplication(MetooDiffusionApplication.class);
        var closed = new CountDownLatch(1);
        application.addListeners(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        application.run(springArguments());
        closed.await();
        return 0;
    }

    /** Options as Spring command-line properties, which take precedence over the environment. */
    String[] springArguments() {
        List<String> arguments = new ArrayList<>();
        add(arguments, "metoo.neo4j.uri", address);
        add(arguments, "metoo.neo4j.username", username);
        add(arguments, "metoo.neo4j.password", password);
        add(arguments, "metoo.neo4j.database", database);
        add(arguments, "spring.data.neo4j.database", database);
        add(arguments, "metoo.neo4j.embedded.data-dir", dataDir);
        add(arguments, "metoo.neo4j.embedded.bolt-port", boltPort);
        add(arguments, "server.port", httpPort);
        if (noSeed) {
            add(arguments, "metoo.seed.enabled", false);
        }
        return arguments.toArray(String[]::new);
    }

    private static void add(List<String> arguments, String property, Object value) {
        if (value != null) {
            arguments.add("--" + property + "=" + value);
        }
    }
}
