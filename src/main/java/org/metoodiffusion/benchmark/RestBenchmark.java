package org.metoodiffusion.benchmark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The REST API under load, as a user's server runs it: the packaged server launched on a new data
 * directory (the seed story and its synthetic crowd of 30,000 posts), then wrk (2 threads, 32
 * connections, loopback) on the cached PageRank top 100 and on Alyssa Milano's post, each after
 * warm-up runs; a static file of the web viewer under the same load as the reference (the same
 * server stack, filters included, doing no work of ours). Not the health check: it asks the
 * database each time.
 */
public final class RestBenchmark {

    public static final double GOAL_TOP100_REQUESTS = 10_000;
    public static final double GOAL_LOOKUP_REQUESTS = 5_000;
    public static final double GOAL_P99_MILLIS = 20;
    /** Alyssa Milano's tweet of 15 October 2017. */
    private static final String MILANO = "919659438700670976";

    private final Path app;
    private final int seconds;
    private final PrintStream out;
    private final Goals goals = new Goals();

    /** @param app the build's {@code target/app} directory (the extracted jar and its archive) */
    public RestBenchmark(Path app, int seconds, PrintStream out) {
        this.app = app;
        this.seconds = seconds;
        this.out = out;
    }

    public void run() throws IOException, InterruptedException {
        var archive = app.resolve("metoo-diffusion.jsa");
        if (!Files.exists(archive)) {
            throw new IllegalArgumentException("No " + archive + ": build with ./mvnw -DskipTests package first");
        }
        var launch = AppLaunch.of(app);
        var dataDir = Files.createTempDirectory("metoo-rest");
        try (var server = ServerProcess.serve(launch, dataDir, dataDir.resolve("server.log"))) {
            server.awaitHealthy();
            if (!server.awaitLog("Loaded a synthetic crowd", 0, Duration.ofMinutes(5))) {
                throw new IllegalStateException("The synthetic crowd did not load; see " + dataDir.resolve("server.log"));
            }
            var top100 = server.base() + "/api/centrality/pagerank?limit=100";
            int mark = server.logMark();
            JsonGet.of(top100);
            // The first request after the crowd has the AMPLIFIED relationships rebuilt in the
            // background: let it finish rather than compete with the load.
            server.awaitLog("AMPLIFIED: ", mark, Duration.ofMinutes(2));
            out.printf("REST under load: seed story + synthetic crowd (%s), wrk 2 threads, 32 connections, %d s, "
                    + "loopback, same %d cores as the server%n", dataDir, seconds,
                    Runtime.getRuntime().availableProcessors());
            var wrk = new Wrk(2, 32, out);
            var reference = load(wrk, "static file, the viewer's style.json (reference)",
                    server.base() + "/style.json", null, 0);
            var top = load(wrk, "cached PageRank top 100", top100, "cached-top100", GOAL_TOP100_REQUESTS);
            var lookup = load(wrk, "Milano's post", server.base() + "/api/posts/" + MILANO, "post-lookup",
                    GOAL_LOOKUP_REQUESTS);
            if (reference != null && top != null && lookup != null) {
                out.printf("of the static file's throughput: top 100 %.2f, post lookup %.2f%n",
                        top.requests() / reference.requests(), lookup.requests() / reference.requests());
            }
        }
        goals.print(out);
    }

    private Wrk.Result load(Wrk wrk, String what, String url, String goal, double target) throws InterruptedException {
        var result = wrk.measure(url, seconds);
        if (result == null) {
            if (goal != null) {
                goals.notMeasured(goal + "-requests", ">= " + target + " req/s", "no wrk");
            }
            return null;
        }
        out.printf("%s: %,.0f req/s, p99 %.1f ms%n", what, result.requests(), result.p99());
        if (goal != null) {
            goals.atLeast(goal + "-requests", result.requests(), target, "%,.0f req/s");
            goals.atMost(goal + "-p99", result.p99(), GOAL_P99_MILLIS, "%.1f ms");
        }
        return result;
    }
}
