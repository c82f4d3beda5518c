package org.metoodiffusion.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.metoodiffusion.benchmark.TraceBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "trace", mixinStandardHelpOptions = true,
        description = "Generate a campaign, load it in bulk, and time cascade extraction, metrics, reconstructions, "
                + "influence paths and structural virality (against brute force).")
final class BenchmarkTraceCommand implements Callable<Integer> {

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
                SpringArguments.benchmarkDatabase("2g"),
                System.out).run();
        return 0;
    }
}
