package org.metoodiffusion.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.metoodiffusion.MetooDiffusionApplication;
import org.metoodiffusion.store.EmbeddedNeo4jEarlyStart;
import org.springframework.boot.SpringApplication;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Starts the server (embedded Neo4j unless an address is given) and blocks until it is stopped
 * (Ctrl-C or SIGTERM close Neo4j cleanly).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the REST API and Neo4j (embedded by default; Bolt on 127.0.0.1:7687).")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Option(names = "--bolt-port", description = "Embedded Bolt port, 0 for any free one. Env: METOO_BOLT_PORT (default 7687)")
    Integer boltPort;

    @Option(names = "--http-port", description = "HTTP port. Env: SERVER_PORT (default 8080)")
    Integer httpPort;

    @Override
    public Integer call() throws InterruptedException {
        var application = new SpringApplication(MetooDiffusionApplication.class);
        // Neo4j and its procedures start beside the web context, not inside it (the longest path to healthy).
        application.addListeners(new EmbeddedNeo4jEarlyStart());
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

    String[] springArguments() {
        List<String> arguments = new ArrayList<>();
        database.addTo(arguments);
        SpringArguments.add(arguments, "metoo.neo4j.embedded.bolt-port", boltPort);
        SpringArguments.add(arguments, "server.port", httpPort);
        return arguments.toArray(String[]::new);
    }
}
