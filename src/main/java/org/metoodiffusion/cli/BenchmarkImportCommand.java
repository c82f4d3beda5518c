package org.metoodiffusion.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.metoodiffusion.benchmark.AppLaunch;
import org.metoodiffusion.benchmark.ImportBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Generate a campaign, import it in bulk (and by transactions), compare with Neo4j's "
                + "offline importer on the same data.")
final class BenchmarkImportCommand implements Callable<Integer> {

    private static final Path PACKAGED = Path.of("target/app");

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

    @Option(names = "--app", description = "The extracted application the bulk runs launch, with its class data "
            + "sharing archive if built (default target/app, which ./mvnw -DskipTests package builds; without it, "
            + "this JVM's class path).")
    Path app;

    @Override
    public Integer call() throws Exception {
        new ImportBenchmark(posts, seed, workDir, transactional, runs, bulkLaunch(),
                SpringArguments.benchmarkDatabase("1g", "--metoo.neo4j.embedded.procedures=false"),
                System.out).run();
        return 0;
    }

    /** The given application; else the packaged one; else, unpackaged (tests, an IDE), this JVM's class path. */
    private List<String> bulkLaunch() {
        if (app != null || Files.isRegularFile(PACKAGED.resolve("metoo-diffusion.jar"))) {
            return AppLaunch.of(app != null ? app : PACKAGED, "1g");
        }
        System.out.println("No packaged application in " + PACKAGED + ": the bulk runs launch this JVM's class path, "
                + "without a class data sharing archive.");
        return List.of("-Xmx1g", "-cp", System.getProperty("java.class.path"), MetooDiffusion.class.getName());
    }
}
