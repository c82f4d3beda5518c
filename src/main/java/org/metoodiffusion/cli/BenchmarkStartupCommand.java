package org.metoodiffusion.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.metoodiffusion.benchmark.StartupBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "startup", mixinStandardHelpOptions = true,
        description = "Launch the packaged server as the README does: time to healthy and idle resident memory, "
                + "against the plain fat jar; restarts on a given database; a command-line call through Bolt.")
final class BenchmarkStartupCommand implements Callable<Integer> {

    @Option(names = "--target", defaultValue = "target", description = "The build's target directory (default ${DEFAULT-VALUE}).")
    Path target;

    @Option(names = "--restarts", defaultValue = "2", description = "Restarts after the first start (default ${DEFAULT-VALUE}).")
    int restarts;

    @Option(names = "--idle-seconds", defaultValue = "40",
            description = "Wait before reading resident memory, so the first start's crowd import is done (default ${DEFAULT-VALUE}).")
    int idleSeconds;

    @Option(names = "--data-dir", description = "Also restart on this existing data directory (e.g. the million-post "
            + "database of benchmark import); the server may write to it (derived data).")
    Path database;

    @Override
    public Integer call() throws Exception {
        if (database != null && !java.nio.file.Files.isDirectory(database)) {
            throw new IllegalArgumentException("--data-dir " + database + " is not a directory");
        }
        new StartupBenchmark(target, database, Math.max(1, restarts), Duration.ofSeconds(idleSeconds), System.out).run();
        return 0;
    }
}
