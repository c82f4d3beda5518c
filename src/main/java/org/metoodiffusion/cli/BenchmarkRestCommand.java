package org.metoodiffusion.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.metoodiffusion.benchmark.RestBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code benchmark rest}: the REST API under wrk on the seed story and its crowd. */
@Command(name = "rest", mixinStandardHelpOptions = true,
        description = "Launch the packaged server on a new data directory (seed story + synthetic crowd) and load "
                + "the cached PageRank top 100 and Milano's post with wrk (2 threads, 32 connections), a static "
                + "file of the web viewer as the reference.")
final class BenchmarkRestCommand implements Callable<Integer> {

    @Option(names = "--app", defaultValue = "target/app",
            description = "The extracted application (default ${DEFAULT-VALUE}; ./mvnw -DskipTests package builds it).")
    Path app;

    @Option(names = "--seconds", defaultValue = "20", description = "Length of each measured wrk run (default ${DEFAULT-VALUE}).")
    int seconds;

    @Override
    public Integer call() throws Exception {
        if (seconds < 1) {
            throw new IllegalArgumentException("--seconds must be at least 1");
        }
        new RestBenchmark(app, seconds, System.out).run();
        return 0;
    }
}
