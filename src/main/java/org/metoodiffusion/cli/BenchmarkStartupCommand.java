package org.metoodiffusion.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.metoodiffusion.benchmark.StartupBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "startup", mixinStandardHelpOptions = true,
        description = "Launch the packaged server as the README does: time to healthy and idle resident memory, "
                + "against the plain fat jar.")
final class BenchmarkStartupCommand implements Callable<Integer> {

    @Option(names = "--target", defaultValue = "target", description = "The build's target directory (default ${DEFAULT-VALUE}).")
    Path target;

    @Option(names = "--restarts", defaultValue = "2", description = "Restarts after the first start (default ${DEFAULT-VALUE}).")
    int restarts;

    @Option(names = "--idle-seconds", defaultValue = "40",
            description = "Wait before reading resident memory, so the first start's crowd import is done (default ${DEFAULT-VALUE}).")
    int idleSeconds;

    @Override
    public Integer call() throws Exception {
        new StartupBenchmark(target, Math.max(1, restarts), Duration.ofSeconds(idleSeconds), System.out).run();
        return 0;
    }
}
