package org.metoodiffusion.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import org.metoodiffusion.benchmark.ImportBenchmark;
import org.metoodiffusion.benchmark.StartupBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Benchmarks that print figures, with ratios against a reference measured in the same run. */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = "Measure and print figures; run with the heap you mean to use (e.g. java -Xmx1g -jar ...).",
        subcommands = {BenchmarkCommand.Import.class, BenchmarkCommand.Startup.class, CentralityBenchmarkCommand.class})
final class BenchmarkCommand {

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Generate a campaign, import it in bulk (and by transactions), compare with Neo4j's "
                    + "offline importer on the same data.")
    static final class Import implements Callable<Integer> {

        @Option(names = "--posts", defaultValue = "1000000", description = "Posts to generate (default ${DEFAULT-VALUE}).")
        int posts;

        @Option(names = "--seed", defaultValue = "2017", description = "Generator seed (default ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--work-dir", defaultValue = "target/benchmark-import",
                description = "Empty directory for the files and databases (default ${DEFAULT-VALUE}).")
        Path workDir;

        @Option(names = "--transactional", negatable = true, defaultValue = "true", fallbackValue = "true",
                description = "Also import by transactions (slower; default ${DEFAULT-VALUE}).")
        boolean transactional;

        @Override
        public Integer call() throws Exception {
            new ImportBenchmark(posts, seed, workDir, transactional,
                    home -> SpringArguments.batchContext(List.of("--metoo.neo4j.embedded.data-dir=" + home,
                            "--metoo.seed.enabled=false", "--metoo.neo4j.embedded.page-cache=1g")),
                    System.out).run();
            return 0;
        }
    }

    @Command(name = "startup", mixinStandardHelpOptions = true,
            description = "Launch the packaged server as the README does: time to healthy and idle resident memory, "
                    + "against the plain fat jar.")
    static final class Startup implements Callable<Integer> {

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
}
