package org.metoodiffusion.benchmark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;


/**
 * What a researcher waits for between a Higgs-sized activity file and a first PageRank: the bulk
 * import ({@code import --bulk}), the server's start until healthy ({@code serve}) and the first
 * PageRank request, each as the README runs it (its own JVM, the extracted jar and its class data
 * sharing archive), on a generated file the shape of SNAP's Higgs activity
 * ({@link HiggsLikeEdges#writeActivity}). The import leaves the seed story out ({@code --no-seed}),
 * as a researcher comparing with igraph does: its accounts would add three nodes and two pairs to
 * the graph igraph ranks, and its accounts without interactions a filter pass to the projection.
 */
public final class HiggsEndToEndBenchmark {

    public static final double GOAL_SECONDS = 30;

    private final Path app;
    private final Path workDir;
    private final long seed;
    private final boolean seedStory;
    private final PrintStream out;

    /**
     * @param app       the build's {@code target/app} directory (the extracted jar and its archive)
     * @param seedStory whether the import adds the seed story, as it does unless told {@code --no-seed}
     */
    public HiggsEndToEndBenchmark(Path app, Path workDir, long seed, boolean seedStory, PrintStream out) {
        this.app = app;
        // Neo4j's offline importer needs an absolute home.
        this.workDir = workDir.toAbsolutePath();
        this.seed = seed;
        this.seedStory = seedStory;
        this.out = out;
    }

    public void run() throws IOException, InterruptedException {
        var archive = app.resolve("metoo-diffusion.jsa");
        if (!Files.exists(archive)) {
            throw new IllegalArgumentException("No " + archive + ": build with ./mvnw -DskipTests package first");
        }
        var dataDir = workDir.resolve("database");
        if (Files.exists(dataDir)) {
            throw new IllegalArgumentException(dataDir + " exists; give the benchmark an empty --work-dir");
        }
        Files.createDirectories(workDir);
        var activity = workDir.resolve("higgs-like-activity.txt");
        var weighted = workDir.resolve("higgs-like-activity.weighted.txt");
        int events = HiggsLikeEdges.writeActivity(seed, activity, weighted);
        out.printf("Higgs end to end: %,d timed events (RT %,d, MT %,d, RE %,d) among %,d accounts (generated, seed %d), "
                + "%d cores%n", events, HiggsLikeEdges.ACTIVITY_RETWEETS, HiggsLikeEdges.ACTIVITY_MENTIONS,
                HiggsLikeEdges.ACTIVITY_REPLIES, HiggsLikeEdges.ACTIVITY_ACCOUNTS, seed,
                Runtime.getRuntime().availableProcessors());
        var launch = AppLaunch.of(app);
        var arguments = new ArrayList<>(List.of("import", "--bulk", "--quiet", "--format=snap", "--data-dir=" + dataDir,
                "--rejects=" + workDir.resolve("rejects.jsonl")));
        if (!seedStory) {
            arguments.add("--no-seed");
        }
        arguments.add(activity.toString());
        double importing = ServerProcess.run(launch, arguments, workDir.resolve("import.log"));
        out.printf("import --bulk%s: %.1f s%n", seedStory ? " (with the seed story)" : " --no-seed", importing);
        try (var server = ServerProcess.serve(launch, dataDir, workDir.resolve("server.log"))) {
            double healthy = server.awaitHealthy();
            out.printf("serve: healthy after %.1f s%n", healthy);
            long started = System.nanoTime();
            var answer = JsonGet.of(server.base() + "/api/centrality/pagerank?limit=100");
            double pageRank = (System.nanoTime() - started) / 1e9;
            var projection = answer.at("/computation/projection");
            out.printf("first PageRank, top 100: %.2f s (%,d accounts, %,d relationships; projected from AMPLIFIED: %s)%n",
                    pageRank, projection.at("/nodes").asLong(), projection.at("/relationships").asLong(),
                    projection.at("/materialised").asBoolean());
            double total = importing + healthy + pageRank;
            out.printf("end to end: %.1f s%n", total);
            var igraph = ReferencePageRank.run(ReferencePageRank.Tool.IGRAPH, weighted, workDir, out);
            if (igraph != null) {
                out.printf("end to end / igraph's (which keeps nothing: no database, no server): %.1fx%n",
                        total / igraph.endToEndSeconds());
            }
            var goals = new Goals();
            goals.atMost("higgs-end-to-end", total, GOAL_SECONDS, "%.1f s");
            goals.print(out);
        }
    }
}
