package org.metoodiffusion.benchmark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.metoodiffusion.generate.CampaignGenerator;
import org.metoodiffusion.ingest.ImportProgress;
import org.metoodiffusion.ingest.ImportService;
import org.metoodiffusion.ingest.RejectsFile;
import org.metoodiffusion.ingest.bulk.BulkImport;
import org.metoodiffusion.trace.Cascade;
import org.metoodiffusion.trace.CascadeMetrics;
import org.metoodiffusion.trace.CascadeService;
import org.metoodiffusion.trace.CascadeTree;
import org.metoodiffusion.trace.InfluencePaths;
import org.metoodiffusion.trace.Reconstruction;
import org.metoodiffusion.trace.Root;
import org.metoodiffusion.trace.StructuralVirality;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Tracing at scale on a generated campaign loaded in bulk: extraction of Milano's cascade, its
 * metrics (goal: at most 1 s for a million nodes once extracted), each reconstruction, influence
 * paths to random posts and accounts (goal: at most 100 ms), and structural virality in O(n) against
 * the O(n^2) definition on a 10,000-node tree cut from the same cascade.
 */
public final class TraceBenchmark {

    public static final double METRICS_GOAL_MILLIS = 1000;
    public static final double PATH_GOAL_MILLIS = 100;
    private static final int VIRALITY_NODES = 10_000;
    private static final int PATHS = 200;
    private static final Root HASHTAG = Root.parse("hashtag:metoo");

    private final int posts;
    private final long seed;
    private final Path workDir;
    private final Function<Path, ConfigurableApplicationContext> contexts;
    private final PrintStream out;

    /** @param contexts opens the application (no seed story) on an embedded data directory */
    public TraceBenchmark(int posts, long seed, Path workDir, Function<Path, ConfigurableApplicationContext> contexts,
            PrintStream out) {
        this.posts = posts;
        this.seed = seed;
        this.workDir = workDir;
        this.contexts = contexts;
        this.out = out;
    }

    public void run() throws IOException {
        Path home = workDir.resolve("db");
        out.printf("Trace benchmark: %,d posts (seed %d), heap max %,d MB, %d cores%n", posts, seed,
                HeapPeak.maxMegabytes(), Runtime.getRuntime().availableProcessors());
        if (Files.exists(home)) {
            out.println("reusing the database in " + home + " (delete it to regenerate)");
        } else {
            load(home);
        }
        try (var context = contexts.apply(home)) {
            if (Files.notExists(home.resolve("settled"))) {
                context.getBean(ImportService.class).settleBulkImport();
                Files.createFile(home.resolve("settled"));
            }
            measure(context.getBean(CascadeService.class), context.getBean(InfluencePaths.class));
        }
    }

    private void load(Path home) throws IOException {
        Files.createDirectories(workDir);
        long started = System.nanoTime();
        var generated = CampaignGenerator.generate(posts, seed, workDir.resolve("campaign.jsonl"),
                workDir.resolve("campaign.follows.txt"));
        out.printf("generate: %,d posts, %,d accounts, %,d follow edges in %.1f s%n", generated.posts(),
                generated.accounts(), generated.followEdges(), seconds(System.nanoTime() - started));
        started = System.nanoTime();
        Files.createDirectories(home);
        try (var rejects = new RejectsFile(home.resolve("rejects.jsonl"))) {
            BulkImport.run(List.of(generated.tweets().toString(), generated.follows().toString()), null, home, "neo4j",
                    rejects, new ImportProgress.Silent());
        }
        out.printf("bulk import: %.1f s%n", seconds(System.nanoTime() - started));
    }

    private void measure(CascadeService cascades, InfluencePaths paths) {
        for (Root root : List.of(Root.MILANO, HASHTAG)) {
            long started = System.nanoTime();
            Cascade platform = cascades.cascade(root, Reconstruction.PLATFORM);
            out.printf("%s: extract the cascade (platform): %,d nodes, %,d accounts in %.1f s%n", root, platform.size(),
                    platform.accountCount(), seconds(System.nanoTime() - started));
            reconstructions(cascades, root);
            influencePaths(root, platform, paths);
            virality(platform);
        }
    }

    private void reconstructions(CascadeService cascades, Root root) {
        for (Reconstruction method : Reconstruction.values()) {
            long started = System.nanoTime();
            Cascade cascade = cascades.cascade(root, method);
            double reconstruction = seconds(System.nanoTime() - started);
            double[] millis = new double[5];
            CascadeMetrics metrics = null;
            for (int run = 0; run < millis.length; run++) {
                long t = System.nanoTime();
                metrics = CascadeMetrics.of(cascade);
                millis[run] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(millis);
            out.printf("  %-11s reconstruction %.1f s; metrics of %,d nodes: median %.0f ms of 5 (goal <= %.0f ms: %s); "
                    + "depth %d, max breadth %,d, virality %.3f, unconnected %,d%n", method.label(), reconstruction,
                    cascade.size(), millis[2], METRICS_GOAL_MILLIS, millis[2] <= METRICS_GOAL_MILLIS ? "met" : "NOT met",
                    metrics.depth(), metrics.maxBreadth(), metrics.structuralVirality(), metrics.unconnectedPosts());
        }
    }

    private void influencePaths(Root root, Cascade cascade, InfluencePaths paths) {
        var random = new SplittableRandom(seed);
        List<String> targets = new ArrayList<>();
        for (int k = 0; k < PATHS; k++) {
            int node = 1 + random.nextInt(cascade.size() - 1);
            targets.add(k % 2 == 0 || cascade.author(node) < 0 ? cascade.post(node)
                    : "account:" + cascade.accountId(cascade.author(node)));
        }
        double[] millis = new double[targets.size()];
        int hops = 0;
        for (int k = 0; k < targets.size(); k++) {
            long t = System.nanoTime();
            hops += paths.to(root, targets.get(k), Reconstruction.PLATFORM).hops().size();
            millis[k] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(millis);
        double p99 = millis[(int) Math.ceil(0.99 * millis.length) - 1];
        out.printf("  influence paths to %d random posts and accounts (cascade extracted): median %.2f ms, p99 %.2f ms, "
                + "max %.2f ms, mean %.1f hops (goal <= %.0f ms: %s)%n", targets.size(), millis[millis.length / 2], p99,
                millis[millis.length - 1], (double) hops / targets.size(), PATH_GOAL_MILLIS,
                p99 <= PATH_GOAL_MILLIS ? "met" : "NOT met");
    }

    private void virality(Cascade cascade) {
        CascadeTree full = cascade.tree();
        CascadeTree tree = randomSubtree(full, Math.min(VIRALITY_NODES, full.size()));
        int n = tree.size();
        long t = System.nanoTime();
        double fast = StructuralVirality.of(tree);
        double fastMillis = (System.nanoTime() - t) / 1e6;
        t = System.nanoTime();
        double brute = StructuralVirality.bruteForce(tree);
        double bruteMillis = (System.nanoTime() - t) / 1e6;
        t = System.nanoTime();
        StructuralVirality.of(full);
        double fullMillis = (System.nanoTime() - t) / 1e6;
        out.printf("  structural virality, %,d-node tree: O(n) %.2f ms, brute force O(n^2) %.0f ms, ratio %.0fx, "
                + "values %.6f / %.6f; O(n) on all %,d nodes %.1f ms%n", n, fastMillis, bruteMillis,
                bruteMillis / fastMillis, fast, brute, full.size(), fullMillis);
    }

    /**
     * A subtree of {@code size} nodes holding the root: random nodes with all their ancestors, so that
     * it has the cascade's depth, not just the root's first children.
     */
    private CascadeTree randomSubtree(CascadeTree full, int size) {
        boolean[] chosen = new boolean[full.size()];
        chosen[0] = true;
        int count = 1;
        var random = new SplittableRandom(seed);
        List<Integer> chain = new ArrayList<>();
        while (count < size) {
            chain.clear();
            for (int node = random.nextInt(full.size()); !chosen[node]; node = full.parent(node)) {
                chain.add(node);
            }
            if (count + chain.size() <= size) {
                chain.forEach(node -> chosen[node] = true);
                count += chain.size();
            }
        }
        return full.subtree(IntStream.range(0, full.size()).filter(node -> chosen[node]).toArray());
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
