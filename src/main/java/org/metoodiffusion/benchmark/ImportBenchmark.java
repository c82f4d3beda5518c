package org.metoodiffusion.benchmark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.metoodiffusion.generate.CampaignGenerator;
import org.metoodiffusion.ingest.ImportProgress;
import org.metoodiffusion.ingest.ImportService;
import org.metoodiffusion.stats.GraphStatsService;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Generates a campaign, imports it into fresh embedded databases by transactions and in bulk, and
 * prints posts/s, graph records/s (nodes + relationships in the resulting graph) and peak heap,
 * with ratios against Neo4j's offline importer measured on the same data in the same run (the CSV
 * files bulk mode writes, loaded by {@code neo4j-admin database import full}'s code path). Each
 * bulk run is {@code import --bulk} in a fresh JVM, as a user runs it; the transactional import
 * runs in this one.
 */
public final class ImportBenchmark {

    /** Posts per second bulk mode aims at, as the median of its runs (issue 17). */
    public static final double GOAL_POSTS_PER_SECOND = 30_000;
    /** Posts per second the transactional import aims at, run with a heap of at most 1 GB (issue 17). */
    static final double GOAL_TRANSACTIONAL_POSTS_PER_SECOND = 15_000;

    private final int posts;
    private final long seed;
    private final Path workDir;
    private final boolean transactional;
    private final int runs;
    private final List<String> launch;
    private final Function<Path, ConfigurableApplicationContext> contexts;
    private final PrintStream out;
    private final Goals goals = new Goals();

    private static final String MARKER = ".metoo-benchmark";

    /**
     * @param runs     how many times the bulk import runs, each in a JVM of its own; its goal is judged on the median
     * @param launch   the JVM options and jar a bulk run starts, e.g. {@code -Xmx1g -jar app.jar}
     * @param contexts opens the application (schema applied, no seed story) on an embedded data directory
     */
    public ImportBenchmark(int posts, long seed, Path workDir, boolean transactional, int runs, List<String> launch,
            Function<Path, ConfigurableApplicationContext> contexts, PrintStream out) {
        if (runs < 1) {
            throw new IllegalArgumentException("--runs must be at least 1, was " + runs);
        }
        this.runs = runs;
        this.posts = posts;
        this.seed = seed;
        // The child JVMs and Neo4j's offline importer need absolute paths.
        this.workDir = workDir.toAbsolutePath();
        this.launch = List.copyOf(launch);
        this.transactional = transactional;
        this.contexts = contexts;
        this.out = out;
    }

    public void run() throws IOException, InterruptedException {
        Files.createDirectories(workDir);
        out.printf("Import benchmark: %,d posts (seed %d), heap max %,d MB, %d cores%n", posts, seed,
                HeapPeak.maxMegabytes(), Runtime.getRuntime().availableProcessors());
        long started = System.nanoTime();
        var generated = CampaignGenerator.generate(posts, seed, workDir.resolve("campaign.jsonl"),
                workDir.resolve("campaign.follows.txt"));
        out.printf("generate: %,d posts, %,d accounts, %,d follow edges, %,d MB of twarc2 JSONL in %.1f s%n",
                generated.posts(), generated.accounts(), generated.followEdges(),
                Files.size(generated.tweets()) >> 20, seconds(System.nanoTime() - started));
        var inputs = List.of(generated.tweets().toString(), generated.follows().toString());

        var rates = new ArrayList<Double>();
        for (int run = 1; run <= runs; run++) {
            if (runs > 1) {
                out.printf("bulk run %d of %d, a fresh JVM%n", run, runs);
            }
            rates.add(bulk(inputs));
        }
        double median = median(rates);
        if (runs > 1) {
            out.printf("bulk: median of %d runs %,.0f posts/s (runs: %s)%n", runs, median, rates.stream()
                    .map(rate -> String.format(Locale.ENGLISH, "%,.0f", rate)).collect(Collectors.joining(", ")));
        }
        goals.atLeast(runs > 1 ? "bulk-posts-per-second-median" : "bulk-posts-per-second", median,
                GOAL_POSTS_PER_SECOND, "%,.0f posts/s");
        if (transactional) {
            var tx = transactional(inputs);
            out.printf("transactional / bulk: %.2fx posts/s%n", tx / median);
            goals.atLeast("transactional-posts-per-second", tx, GOAL_TRANSACTIONAL_POSTS_PER_SECOND, "%,.0f posts/s");
        }
        goals.print(out);
    }

    /** The median (the mean of the middle two for an even count). */
    static double median(List<Double> values) {
        var sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /**
     * Runs {@code import --bulk} in a JVM of its own, as a user does (cold JIT, the command's own
     * start-up, the seed story left out as in the other runs); returns posts per second, wall clock.
     */
    private double bulk(List<String> inputs) throws IOException, InterruptedException {
        var home = fresh("bulk");
        var arguments = new ArrayList<>(List.of("import", "--bulk", "--no-seed", "--quiet", "--data-dir=" + home,
                "--rejects=" + home.resolve("rejects.jsonl")));
        arguments.addAll(inputs);
        double total = ServerProcess.run(launch, arguments, workDir.resolve("bulk-run.log"));
        var run = BulkRunLog.read(workDir.resolve("bulk-run.log"), home.resolve("logs").resolve("bulk-import.log"));
        out.printf(Locale.ENGLISH, "bulk: %.1f s = read + CSV %.1f s, offline importer %.1f s, JVM start + open + "
                + "schema + settle %.1f s%n", total, run.readingSeconds(), run.importerSeconds(),
                total - run.readingSeconds() - run.importerSeconds());
        out.printf(Locale.ENGLISH, "bulk: %,.0f posts/s, %,.0f graph records/s (%,d nodes + relationships)%n",
                posts / total, run.graphRecords() / total, run.graphRecords());
        out.printf(Locale.ENGLISH, "offline importer alone (ceiling, same data): %,.0f graph records/s; bulk end to "
                + "end / ceiling: %.2f%n", run.graphRecords() / run.importerSeconds(), run.importerSeconds() / total);
        return posts / total;
    }

    /** Returns posts per second, end to end. */
    private double transactional(List<String> inputs) throws IOException {
        var home = fresh("transactional");
        try (var context = contexts.apply(home)) {
            HeapPeak.reset();
            long started = System.nanoTime();
            var summary = context.getBean(ImportService.class).importAll(inputs, null, 5000,
                    home.resolve("rejects.jsonl"), new ImportProgress.Silent());
            double total = seconds(System.nanoTime() - started);
            long records = graphRecords(context);
            out.printf("transactional: %.1f s, %,.0f posts/s, %,.0f graph records/s (%,d), %,d records read, "
                    + "peak heap %,d MB%n", total, posts / total, records / total, records, summary.records(),
                    HeapPeak.megabytes());
            return posts / total;
        }
    }

    private static long graphRecords(ConfigurableApplicationContext context) {
        var stats = context.getBean(GraphStatsService.class).stats();
        long nodes = stats.nodes().values().stream().mapToLong(Long::longValue).sum();
        long relationships = stats.relationships().values().stream().mapToLong(Long::longValue).sum();
        return nodes + relationships;
    }

    /**
     * An empty database home for one run. A previous run's is deleted only when this benchmark made
     * it (its marker file is there): a work directory given by mistake is never emptied.
     */
    private Path fresh(String name) throws IOException {
        var home = workDir.resolve(name);
        var marker = home.resolve(MARKER);
        if (Files.exists(home)) {
            if (!Files.exists(marker)) {
                throw new IllegalArgumentException(home + " exists and is not a previous benchmark run's; give the "
                        + "benchmark an empty --work-dir");
            }
            try (Stream<Path> paths = Files.walk(home)) {
                for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        Files.createDirectories(home);
        Files.writeString(marker, "made by metoo-diffusion benchmark import; deleted by its next run\n");
        return home;
    }

    private static double seconds(long nanos) {
        return Duration.ofNanos(nanos).toMillis() / 1000.0;
    }
}
