package org.metoodiffusion.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.metoodiffusion.benchmark.ImportBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Benchmarks that print figures, with ratios against a reference measured in the same run. */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = "Measure and print figures; run with the heap you mean to use (e.g. java -Xmx1g -jar ...).",
        subcommands = BenchmarkCommand.Import.class)
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
}
