package org.metoodiffusion.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.metoodiffusion.benchmark.ViewsBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "views", mixinStandardHelpOptions = true,
        description = "Generate a campaign, load it in bulk, and time the web viewer's graph JSON for 50,000 nodes "
                + "(goal <= 2 s), a PNG render of 2,000 nodes (goal <= 3 s) and the two charts (goal <= 1 s).")
final class BenchmarkViewsCommand implements Callable<Integer> {

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
                SpringArguments.benchmarkDatabase("512m"),
                System.out).run();
        return 0;
    }
}
