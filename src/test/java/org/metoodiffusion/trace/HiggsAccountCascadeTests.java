package org.metoodiffusion.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metoodiffusion.benchmark.HiggsLikeEdges;
import org.metoodiffusion.ingest.ImportProgress;
import org.metoodiffusion.ingest.ImportService;
import org.metoodiffusion.support.EmptyGraphTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A Higgs-shaped SNAP file (retweets from {@link HiggsLikeEdges}, plus mentions and replies at
 * random times, many before their accounts could have been reached) imported with the real
 * importer: the most retweeted account's activation cascade is time-respecting, every parent is a
 * line of the file, no line could have activated an account earlier, and the metrics agree with the
 * tree and with each other.
 */
class HiggsAccountCascadeTests extends EmptyGraphTest {

    private static final Map<String, String> KINDS = Map.of("RT", "RETWEET", "MT", "MENTION", "RE", "REPLY");

    @Autowired
    ImportService importer;

    @Autowired
    CascadeService cascades;

    @Autowired
    InfluencePaths paths;

    @Autowired
    Adoption adoption;

    @TempDir
    Path dir;

    /** One line of the file: source interacted with target at epoch second at. */
    private record Line(String source, String target, long at, String kind) {
    }

    @Test
    void theActivationCascadeIsEarliestArrivalOverTheFileAndItsMetricsAgree() throws IOException {
        List<Line> lines = higgsShapedFile(dir.resolve("higgs.txt"));
        var summary = importer.importAll(List.of(dir.resolve("higgs.txt").toString()), "snap", 1000,
                dir.resolve("rejects.jsonl"), new ImportProgress.Silent());
        assertThat(summary.rejected()).isZero();
        String rootId = mostRetweeted(lines);

        Cascade cascade = cascades.cascade(Root.parse("account:" + rootId), Reconstruction.PLATFORM);

        assertThat(cascade.level()).isEqualTo(Level.ACCOUNT);
        assertThat(cascade.size()).isGreaterThan(1000);
        var fileLines = new HashSet<>(lines);
        Map<String, Long> activated = new HashMap<>();
        for (int i = 0; i < cascade.size(); i++) {
            activated.put(cascade.accountId(cascade.author(i)), cascade.time(i) / 1000);
        }
        for (int i = 1; i < cascade.size(); i++) {
            int parent = cascade.parent(i);
            assertThat(cascade.time(i)).as("time-respecting").isGreaterThanOrEqualTo(cascade.time(parent));
            assertThat(cascade.depth(i)).isEqualTo(cascade.depth(parent) + 1);
            assertThat(fileLines).as("the parent's link is a line of the file").contains(new Line(
                    cascade.accountId(cascade.author(i)), cascade.accountId(cascade.author(parent)),
                    cascade.time(i) / 1000, cascade.link(i).name()));
        }
        for (Line line : lines) {
            Long target = line.target().equals(rootId) ? Long.valueOf(Long.MIN_VALUE) : activated.get(line.target());
            if (target != null && target <= line.at() && !line.source().equals(rootId)) {
                assertThat(activated.get(line.source())).as("%s could have been activated by %s", line.source(), line)
                        .isNotNull().isLessThanOrEqualTo(line.at());
            }
        }

        CascadeMetrics metrics = CascadeMetrics.of(cascade);
        assertThat(metrics.level()).isEqualTo("account");
        assertThat(metrics.accounts()).isEqualTo(cascade.size());
        assertThat(metrics.breadthByDepth()).hasSize(metrics.depth() + 1);
        assertThat(metrics.breadthByDepth().stream().mapToInt(Integer::intValue).sum()).isEqualTo(cascade.size());
        assertThat(metrics.maxBreadth()).isEqualTo(Collections.max(metrics.breadthByDepth()));
        assertThat(metrics.structuralVirality()).isCloseTo(StructuralVirality.bruteForce(cascade.tree()), within(1e-9));
        assertThat(metrics.durationSeconds()).isEqualTo(metrics.end().getEpochSecond() - metrics.start().getEpochSecond());
        assertThat(metrics.secondsToDepth()).isSorted();
        assertThat(new ArrayList<>(metrics.secondsToAccounts().values())).isSorted();

        AdoptionSeries series = adoption.of(cascade.root(), null, Reconstruction.PLATFORM, Adoption.Bucket.DAY);
        assertThat(series.accounts()).isEqualTo(cascade.size());
        assertThat(series.buckets().get(series.buckets().size() - 1).cumulativeAccounts()).isEqualTo(cascade.size());

        int last = cascade.size() - 1;
        InfluencePath path = paths.to(cascade.root(), "account:" + cascade.accountId(cascade.author(last)), null,
                Reconstruction.PLATFORM);
        assertThat(path.timeRespecting()).isTrue();
        assertThat(path.hops()).hasSize(cascade.depth(last));
    }

    /** Writes HiggsLikeEdges' retweets plus 1,500 mentions and replies at random times; returns every line. */
    private static List<Line> higgsShapedFile(Path snap) throws IOException {
        HiggsLikeEdges.write(3000, 4500, 7, snap, snap.resolveSibling("weighted.txt"));
        var random = new SplittableRandom(11);
        var extra = new StringBuilder();
        for (int k = 0; k < 1500; k++) {
            int source = 1 + random.nextInt(3000);
            int target = 1 + random.nextInt(3000);
            if (source != target) {
                extra.append(source).append(' ').append(target).append(' ')
                        .append(1_341_100_800L + random.nextLong(7 * 24 * 3600L)).append(random.nextBoolean() ? " MT\n" : " RE\n");
            }
        }
        Files.writeString(snap, extra, java.nio.file.StandardOpenOption.APPEND);
        return Files.readAllLines(snap).stream().filter(line -> !line.startsWith("#")).map(line -> line.split(" "))
                .map(f -> new Line(f[0], f[1], Long.parseLong(f[2]), KINDS.get(f[3]))).toList();
    }

    private static String mostRetweeted(List<Line> lines) {
        Map<String, Integer> retweets = new HashMap<>();
        lines.stream().filter(line -> line.kind().equals("RETWEET")).forEach(line -> retweets.merge(line.target(), 1, Integer::sum));
        return Collections.max(retweets.entrySet(), Map.Entry.comparingByValue()).getKey();
    }
}
