package org.metoodiffusion.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import org.metoodiffusion.benchmark.ImportBenchmark;
import org.metoodiffusion.benchmark.StartupBenchmark;
import org.metoodiffusion.benchmark.TraceBenchmark;
import org.metoodiffusion.benchmark.ViewsBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Benchmarks that print figures, with ratios against a reference measured in the same run. */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = "Measure and print figures; run with the heap you mean to use (e.g. java -Xmx1g -jar ...).",
        subcommands = {BenchmarkCommand.Import.class, BenchmarkCommand.Startup.class, BenchmarkCommand.Trace.class,
                BenchmarkCommand.Views.class, CentralityBenchmarkCommand.class, ForecastBenchmarkCommand.class})
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
                            "--metoo.seed.enabled=false", "--metoo.neo4j.embedded.page-cache=1g",
                            "--metoo.neo4j.embedded.procedures=false")),
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

    @Command(name = "trace", mixinStandardHelpOptions = true,
            description = "Generate a campaign, load it in bulk, and time cascade extraction, metrics, reconstructions, "
                    + "influence paths and structural virality (against brute force).")
    static final class Trace implements Callable<Integer> {

        @Option(names = "--posts", defaultValue = "1100000", description = "Posts to generate; about a fifth join "
                + "Milano's cascade, over nine tenths the #metoo cascade (default ${DEFAULT-VALUE}).")
        int posts;

        @Option(names = "--seed", defaultValue = "2017", description = "Generator seed (default ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--work-dir", defaultValue = "target/benchmark-trace",
                description = "Directory for the files and the database; a database left there is reused "
                        + "(default ${DEFAULT-VALUE}).")
        Path workDir;

        @Override
        public Integer call() throws Exception {
            new TraceBenchmark(posts, seed, workDir,
                    home -> SpringArguments.batchContext(List.of("--metoo.neo4j.embedded.data-dir=" + home,
                            "--metoo.seed.enabled=false", "--metoo.neo4j.embedded.page-cache=2g")),
                    System.out).run();
            return 0;
        }
    }

    @Command(name = "views", mixinStandardHelpOptions = true,
            description = "Generate a campaign, load it in bulk, and time the web viewer's graph JSON for 50,000 nodes "
                    + "(goal <= 2 s) and a PNG render of 2,000 nodes (goal <= 3 s).")
    static final class Views implements Callable<Integer> {

        @Option(names = "--posts", defaultValue = "100000", description = "Posts to generate (default ${DEFAULT-VALUE}).")
        int posts;

        @Option(names = "--seed", defaultValue = "2017", description = "Generator seed (default ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--root", defaultValue = "#metoo", description = "Root of the views (default ${DEFAULT-VALUE}).")
        String root;

        @Option(names = "--json-nodes", defaultValue = "50000", description = "Nodes of the viewer's JSON (default ${DEFAULT-VALUE}).")
        int jsonNodes;

        @Option(names = "--render-nodes", defaultValue = "2000", description = "Nodes of the PNG render (default ${DEFAULT-VALUE}).")
        int renderNodes;

        @Option(names = "--work-dir", defaultValue = "target/benchmark-views",
                description = "Empty directory for the files and the database (default ${DEFAULT-VALUE}).")
        Path workDir;

        @Override
        public Integer call() throws Exception {
            new ViewsBenchmark(posts, seed, workDir, root, jsonNodes, renderNodes,
                    home -> SpringArguments.batchContext(List.of("--metoo.neo4j.embedded.data-dir=" + home,
                            "--metoo.seed.enabled=false", "--metoo.neo4j.embedded.page-cache=512m")),
                    System.out).run();
            return 0;
        }
    }
}
