package org.metoodiffusion.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.metoodiffusion.amplified.AmplifiedGraph;
import org.metoodiffusion.cypher.QueryLibrary;
import org.metoodiffusion.ingest.ImportProgress;
import org.metoodiffusion.ingest.ImportService;
import org.metoodiffusion.ingest.RejectsFile;
import org.metoodiffusion.ingest.bulk.BulkImport;
import org.metoodiffusion.stats.GraphStatsService;
import org.metoodiffusion.store.EmbeddedNeo4j;
import org.neo4j.driver.Driver;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Centrality end to end over HTTP on a Higgs-sized retweet network ({@link HiggsLikeEdges}),
 * imported in bulk into a fresh embedded database served on loopback: a cold PageRank request
 * (projection + compute + response), sampled and exact betweenness; networkx's PageRank on the
 * same edges in the same run, and the ratio; wrk on the cached top-100 (req/s, p99). Parts whose
 * tool is missing (python3-networkx, wrk) are skipped, saying so.
 */
public final class CentralityBenchmark {

    public static final double GOAL_COLD_SECONDS = 2.0;
    public static final double GOAL_NETWORKX_RATIO = 10.0;
    public static final double GOAL_REQUESTS_PER_SECOND = 3000;
    public static final double GOAL_P99_MILLIS = 20;
    private static final int WARM_UP_RUNS = 2;

    private final int accounts;
    private final int retweets;
    private final long seed;
    private final Path workDir;
    private final Function<Path, ConfigurableApplicationContext> servers;
    private final PrintStream out;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** @param servers opens the application with its web server on 127.0.0.1 (any free port) on a data directory */
    public CentralityBenchmark(int accounts, int retweets, long seed, Path workDir,
            Function<Path, ConfigurableApplicationContext> servers, PrintStream out) {
        this.accounts = accounts;
        this.retweets = retweets;
        this.seed = seed;
        // Neo4j's offline importer needs an absolute home.
        this.workDir = workDir.toAbsolutePath();
        this.servers = servers;
        this.out = out;
    }

    public void run() throws IOException, InterruptedException {
        var home = workDir.resolve("database");
        if (Files.exists(home)) {
            throw new IllegalArgumentException(home + " exists; give the benchmark an empty --work-dir");
        }
        Files.createDirectories(home);
        out.printf("Centrality benchmark: %,d accounts, %,d retweets (Higgs-like, seed %d), heap max %,d MB, %d cores%n",
                accounts, retweets, seed, HeapPeak.maxMegabytes(), Runtime.getRuntime().availableProcessors());
        var snap = workDir.resolve("retweets.snap.txt");
        var weighted = workDir.resolve("retweets.weighted.txt");
        var written = HiggsLikeEdges.write(accounts, retweets, seed, snap, weighted);
        long started = System.nanoTime();
        try (var rejects = new RejectsFile(home.resolve("rejects.jsonl"))) {
            BulkImport.runMeasured(List.of(snap.toString()), "snap", home, "neo4j", rejects, new ImportProgress.Silent());
        }
        out.printf("import (bulk): %,d SNAP lines in %.1f s%n", written.retweets(), seconds(System.nanoTime() - started));
        try (var context = servers.apply(home)) {
            long settleStarted = System.nanoTime();
            context.getBean(ImportService.class).settleBulkImport();
            out.printf("settle (schema indexes, provisional accounts, AMPLIFIED marked fresh): %.1f s%n",
                    seconds(System.nanoTime() - settleStarted));
            context.getBean(EmbeddedNeo4j.class).awaitProcedures(Duration.ofMinutes(2));
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            var base = "http://127.0.0.1:" + port;
            // Loads the code paths once, on an empty projection (no mention in the data): not a cache entry PageRank can use.
            get(base + "/api/centrality/pagerank?kinds=mention");

            // Bulk mode writes AMPLIFIED and its settling marks it fresh: this finds nothing to build.
            long materialiseStarted = System.nanoTime();
            var graph = context.getBean(AmplifiedGraph.class);
            boolean freshFromImport = graph.isFresh();
            var marker = graph.refresh();
            out.printf("AMPLIFIED: %,d relationships, %s (%.1f s)%n", marker.relationships(),
                    freshFromImport ? "written by the bulk import, fresh: nothing to build"
                            : "built now (the bulk import left it stale)",
                    seconds(System.nanoTime() - materialiseStarted));

            var cold = timed(base + "/api/centrality/pagerank?limit=100");
            var projection = cold.body().at("/computation/projection");
            out.printf("graph: %,d INTERACTED relationships imported; projected %,d accounts, %,d relationships "
                    + "(distinct amplifier -> amplified pairs, weighted by count; generator: %,d pairs)%n",
                    interactions(context), projection.at("/nodes").asLong(), projection.at("/relationships").asLong(),
                    written.pairs());
            out.printf("cold PageRank, top 100, end to end, projected from AMPLIFIED (materialised: %s): %.2f s "
                    + "(server: projection + compute + read %,d ms); goal <= %.0f s: %s%n",
                    projection.at("/materialised").asBoolean(), cold.seconds(),
                    cold.body().at("/computation/computeMillis").asLong(), GOAL_COLD_SECONDS,
                    cold.seconds() <= GOAL_COLD_SECONDS ? "met" : "NOT met");
            // A window covering everything: the same graph, aggregated from the interactions per request.
            var aggregated = timed(base + "/api/centrality/pagerank?limit=100&from=2000-01-01");
            out.printf("first PageRank aggregating the interactions instead (a window, so not materialised: %s): %.2f s "
                    + "(server %,d ms)%n", !aggregated.body().at("/computation/projection/materialised").asBoolean(),
                    aggregated.seconds(), aggregated.body().at("/computation/computeMillis").asLong());
            var cached = timed(base + "/api/centrality/pagerank?limit=100");
            out.printf("cached PageRank, top 100: %.1f ms (cached: %s)%n", cached.seconds() * 1000,
                    cached.body().at("/computation/cached").asBoolean());
            var sampled = timed(base + "/api/centrality/betweenness?samplingSize=1000&samplingSeed=42&limit=100");
            out.printf("betweenness sampled (%s): %.2f s%n", sampled.body().at("/computation/method").asText(),
                    sampled.seconds());
            var exact = timed(base + "/api/centrality/betweenness?limit=100");
            out.printf("betweenness exact (%s): %.2f s%n", exact.body().at("/computation/method").asText(),
                    exact.seconds());
            gdsComputeSeconds(context, null);
            networkx(weighted, cold.seconds(), gdsComputeSeconds(context, 1));
            wrk(base + "/api/centrality/pagerank?limit=100");
        }
    }

    private static long interactions(ConfigurableApplicationContext context) {
        return context.getBean(GraphStatsService.class).stats().relationships().getOrDefault("INTERACTED", 0L);
    }

    /**
     * GDS PageRank's own compute time on the same edges (projected natively, weighted by count;
     * projection and result reading not counted), as networkx's figure is compute only: the median of
     * 3 runs after 2 warm-up runs (the JIT's, as for wrk). With {@code concurrency} 1 it runs on one
     * thread, as networkx does; null leaves GDS's default (4).
     */
    private double gdsComputeSeconds(ConfigurableApplicationContext context, Integer concurrency) {
        var driver = context.getBean(Driver.class);
        var query = context.getBean(QueryLibrary.class).get(BenchmarkQuery.PAGERANK_COMPUTE_TIME);
        var times = new ArrayList<Double>();
        for (int run = 0; run < 5; run++) {
            var config = concurrency == null ? Map.of("relationshipWeightProperty", "weight")
                    : Map.of("relationshipWeightProperty", "weight", "concurrency", concurrency);
            var row = driver.executableQuery(query).withParameters(Map.of("graphName", "benchmark-pagerank-" + run,
                    "config", config)).execute().records().get(0);
            if (run >= 2) {
                times.add(row.get("computeMillis").asLong() / 1000.0);
            }
            if (run == 0) {
                out.printf("GDS PageRank compute only (native projection of %,d accounts, %,d relationships; "
                        + "GDS defaults, %d iterations; %s):", row.get("nodeCount").asLong(),
                        row.get("relationshipCount").asLong(), row.get("ranIterations").asLong(),
                        concurrency == null ? "GDS's default concurrency, 4" : "concurrency " + concurrency);
            }
        }
        times.sort(null);
        out.printf(" %.3f s (median of 3 after 2 warm-up runs)%n", times.get(1));
        return times.get(1);
    }

    private void networkx(Path weighted, double coldSeconds, double gdsComputeSeconds)
            throws IOException, InterruptedException {
        var script = workDir.resolve("networkx_pagerank.py");
        try (InputStream in = getClass().getResourceAsStream("/benchmark/networkx_pagerank.py")) {
            Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
        }
        var result = exec(List.of("python3", script.toString(), weighted.toString()));
        if (result == null || result.code() != 0) {
            out.println("networkx: skipped (python3 with networkx not available: apt-get install python3-networkx)"
                    + (result == null ? "" : ": " + result.output().strip().lines().reduce((a, b) -> b).orElse("")));
            return;
        }
        var fields = result.output().strip().lines().reduce((a, b) -> b).orElse("").split(" ");
        double nxSeconds = Double.parseDouble(fields[2]);
        out.printf("networkx %s nx.pagerank (same %s nodes, %s weighted edges; compute only, max_iter 100, tol 1e-6): "
                + "%.2f s%n", networkxVersion(), fields[0], fields[1], nxSeconds);
        double nxEndToEnd = Double.parseDouble(fields[3]);
        out.printf("networkx end to end (read the edge file, build the graph, nx.pagerank, top 100): %.2f s%n",
                nxEndToEnd);
        out.printf("networkx end to end / cold GDS request end to end: %.1fx; goal >= %.0fx: %s%n",
                nxEndToEnd / coldSeconds, GOAL_NETWORKX_RATIO,
                nxEndToEnd / coldSeconds >= GOAL_NETWORKX_RATIO ? "met" : "NOT met");
        out.printf("networkx / GDS compute only, one thread each (like for like): %.1fx; goal >= %.0fx: %s%n",
                nxSeconds / gdsComputeSeconds, GOAL_NETWORKX_RATIO,
                nxSeconds / gdsComputeSeconds >= GOAL_NETWORKX_RATIO ? "met" : "NOT met");
    }

    private String networkxVersion() throws IOException, InterruptedException {
        var version = exec(List.of("python3", "-c", "import networkx; print(networkx.__version__)"));
        return version == null || version.code() != 0 ? "" : version.output().strip();
    }

    /**
     * wrk on {@code url}: first two warm-up runs while the JIT compiles the request path (their
     * figures printed, as "warm-up"), then the measured run, as for any steady-state throughput.
     */
    private void wrk(String url) throws IOException, InterruptedException {
        for (int run = 1; run <= WARM_UP_RUNS; run++) {
            var warmUp = wrkRun(url, "10s");
            if (warmUp == null) {
                return;
            }
            out.printf("wrk warm-up %d of %d (10 s): %,.0f req/s, p99 %.1f ms%n", run, WARM_UP_RUNS, warmUp.requests(),
                    warmUp.p99());
        }
        var measured = wrkRun(url, "15s");
        if (measured == null) {
            return;
        }
        out.printf("wrk cached top-100 (1 thread, 16 connections, 15 s, loopback, same 2 cores as the server): "
                + "%,.0f req/s, p99 %.1f ms; goal >= %,.0f req/s and p99 <= %.0f ms: %s%n", measured.requests(),
                measured.p99(), GOAL_REQUESTS_PER_SECOND, GOAL_P99_MILLIS,
                measured.requests() >= GOAL_REQUESTS_PER_SECOND && measured.p99() <= GOAL_P99_MILLIS ? "met" : "NOT met");
    }

    private record WrkResult(double requests, double p99) {
    }

    /** One wrk run; null (having said so) when wrk is not installed. */
    private WrkResult wrkRun(String url, String duration) throws InterruptedException {
        // One wrk thread: the server has the other core (2 cores here); 16 connections keep it busy.
        var result = exec(List.of("wrk", "-t1", "-c16", "-d" + duration, "--latency", url));
        if (result == null || result.code() != 0) {
            out.println("wrk: skipped (wrk not available: apt-get install wrk)");
            return null;
        }
        double requests = Double.NaN;
        double p99 = Double.NaN;
        for (var line : result.output().lines().toList()) {
            var trimmed = line.strip();
            if (trimmed.startsWith("Requests/sec:")) {
                requests = Double.parseDouble(trimmed.substring("Requests/sec:".length()).strip());
            } else if (trimmed.startsWith("99%")) {
                p99 = millis(trimmed.substring(3).strip());
            } else if (trimmed.contains("requests in") || trimmed.startsWith("Non-2xx")) {
                out.println("wrk: " + trimmed);
            }
        }
        return new WrkResult(requests, p99);
    }

    private static double millis(String wrkTime) {
        if (wrkTime.endsWith("us")) {
            return Double.parseDouble(wrkTime.substring(0, wrkTime.length() - 2)) / 1000;
        }
        if (wrkTime.endsWith("ms")) {
            return Double.parseDouble(wrkTime.substring(0, wrkTime.length() - 2));
        }
        if (wrkTime.endsWith("s")) {
            return Double.parseDouble(wrkTime.substring(0, wrkTime.length() - 1)) * 1000;
        }
        return Double.NaN;
    }

    private record Timed(double seconds, JsonNode body) {
    }

    private Timed timed(String url) throws IOException, InterruptedException {
        long started = System.nanoTime();
        var body = get(url);
        return new Timed(seconds(System.nanoTime() - started), body);
    }

    private JsonNode get(String url) throws IOException, InterruptedException {
        var response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return new ObjectMapper().readTree(response.body());
    }

    private record Exec(int code, String output) {
    }

    /** Runs a command; null when it cannot be started (not installed). */
    private static Exec exec(List<String> command) throws InterruptedException {
        try {
            var process = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
            var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new Exec(process.waitFor(), output);
        } catch (IOException e) {
            return null;
        }
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
