package org.metoodiffusion.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.metoodiffusion.MetooDiffusionApplication;
import org.metoodiffusion.benchmark.CentralityBenchmark;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code benchmark centrality}: centrality over HTTP on a Higgs-sized network, against igraph and networkx, under wrk. */
@Command(name = "centrality", mixinStandardHelpOptions = true,
        description = "Generate a Higgs-sized retweet network, import it, serve it on 127.0.0.1 and time the "
                + "first PageRank request after the change, requests on the kept projection, sampled and exact "
                + "betweenness, igraph's and networkx's PageRank on the same edges, and wrk on the cached top 100; "
                + "ends with one goal line per goal.")
final class BenchmarkCentralityCommand implements Callable<Integer> {

    @Option(names = "--accounts", defaultValue = "256491", description = "Accounts (default ${DEFAULT-VALUE}, Higgs).")
    int accounts;

    @Option(names = "--retweets", defaultValue = "328132", description = "Retweets (default ${DEFAULT-VALUE}, Higgs).")
    int retweets;

    @Option(names = "--seed", defaultValue = "2012", description = "Generator seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--work-dir", defaultValue = "target/benchmark-centrality",
            description = "Directory for the files and the database; must not hold one yet (default ${DEFAULT-VALUE}).")
    Path workDir;

    @Override
    public Integer call() throws Exception {
        if (accounts < 2 || retweets < accounts - 1) {
            throw new IllegalArgumentException("--retweets must be at least --accounts - 1 (every account retweets once)");
        }
        new CentralityBenchmark(accounts, retweets, seed, workDir, home -> new SpringApplicationBuilder(
                MetooDiffusionApplication.class).web(WebApplicationType.SERVLET).logStartupInfo(false).run(
                        "--logging.level.root=warn", "--logging.level.org.springframework.boot.SpringApplication=off",
                        "--server.address=127.0.0.1", "--server.port=0", "--metoo.neo4j.embedded.bolt-port=0",
                        "--metoo.neo4j.embedded.data-dir=" + home, "--metoo.seed.enabled=false",
                        "--metoo.seed.crowd-posts=0", "--metoo.neo4j.embedded.page-cache=512m",
                        // No background build: the benchmark reports whether AMPLIFIED came fresh from the bulk import.
                        "--metoo.centrality.refresh-amplified=false"),
                System.out).run();
        return 0;
    }
}
