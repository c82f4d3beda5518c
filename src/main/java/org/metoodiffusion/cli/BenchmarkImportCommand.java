package org.metoodiffusion.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.metoodiffusion.benchmark.AppLaunch;
import org.metoodiffusion.benchmark.ImportBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Generate a campaign, import it in bulk (and by transactions), compare with Neo4j's "
                + "offline importer on the same data.")
final class BenchmarkImportCommand implements Callable<Integer> {

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

    @Option(names = "--runs", defaultValue = "1",
            description = "Bulk imports to run, each in a fresh JVM; each is printed, and the goal is judged on their "
                    + "median (default ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--app", defaultValue = "target/app",
            description = "The extracted application the bulk runs launch, with its class data sharing archive if "
                    + "built (default ${DEFAULT-VALUE}; ./mvnw -DskipTests package builds it).")
    Path app;

    @Override
    public Integer call() throws Exception {
        new ImportBenchmark(posts, seed, workDir, transactional, runs, AppLaunch.of(app, "1g"),
                SpringArguments.benchmarkDatabase("1g", "--metoo.neo4j.embedded.procedures=false"),
                System.out).run();
        return 0;
    }
}
