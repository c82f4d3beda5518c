package org.metoodiffusion.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.metoodiffusion.benchmark.HiggsEndToEndBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code benchmark higgs}: a Higgs-sized activity file to a first PageRank, as a user runs it. */
@Command(name = "higgs", mixinStandardHelpOptions = true,
        description = "Generate an activity file the shape of SNAP's Higgs one (563,069 RT/MT/RE events among "
                + "304,691 accounts), then time import --bulk, serve until healthy and the first PageRank, each as the "
                + "README runs it; igraph on the same pairs as the reference.")
final class BenchmarkHiggsCommand implements Callable<Integer> {

    @Option(names = "--app", defaultValue = "target/app",
            description = "The extracted application (default ${DEFAULT-VALUE}; ./mvnw -DskipTests package builds it).")
    Path app;

    @Option(names = "--work-dir", defaultValue = "target/benchmark-higgs",
            description = "Directory for the file and the database; must not hold one yet (default ${DEFAULT-VALUE}).")
    Path workDir;

    @Option(names = "--seed", defaultValue = "2012", description = "Generator seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--with-seed-story", description = "Import the seed story too (the default of import; it adds "
            + "three accounts and two pairs to the graph igraph ranks).")
    boolean seedStory;

    @Override
    public Integer call() throws Exception {
        new HiggsEndToEndBenchmark(app, workDir, seed, seedStory, System.out).run();
        return 0;
    }
}
