package org.metoodiffusion.benchmark;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.metoodiffusion.cli.MetooDiffusion;
import org.metoodiffusion.generate.CampaignGenerator;

/**
 * The training start of {@link ClassDataSharingTraining}, in one JVM: a bulk import of a small
 * generated activity file into the empty data directory (the offline importer, schema, seed story
 * and settling), a transactional import of a small generated campaign into it (the path of every
 * later collection, and of a first start's synthetic crowd), then {@code serve} on it with the given
 * arguments (which rebuilds AMPLIFIED in the background). The archive written at exit then holds the
 * classes of the commands a user runs first, where a start alone left out the roughly 1,200 classes
 * the bulk import loads from the jars.
 */
public final class TrainingStart {

    private static final int ACCOUNTS = 400;
    private static final int EVENTS = 2_000;
    private static final String[] KINDS = {"RT", "MT", "RE"};
    private static final int CAMPAIGN_POSTS = 300;
    private static final long CAMPAIGN_SEED = 2017;

    private TrainingStart() {
    }

    /** {@code args}: those of {@code serve}, with {@code --data-dir=DIR} naming an empty directory. */
    public static void main(String[] args) throws IOException {
        var dataDir = Path.of(Arrays.stream(args).filter(arg -> arg.startsWith("--data-dir=")).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No --data-dir=DIR among " + Arrays.toString(args)))
                .substring("--data-dir=".length()));
        var activity = dataDir.resolveSibling(dataDir.getFileName() + "-activity.txt");
        writeActivity(activity);
        var campaign = CampaignGenerator.generate(CAMPAIGN_POSTS, CAMPAIGN_SEED,
                dataDir.resolveSibling(dataDir.getFileName() + "-campaign.jsonl"),
                dataDir.resolveSibling(dataDir.getFileName() + "-campaign.follows.txt"));
        for (var command : List.of(
                List.of("import", "--bulk", "--quiet", "--format=snap", "--data-dir=" + dataDir, activity.toString()),
                List.of("import", "--quiet", "--data-dir=" + dataDir, campaign.tweets().toString(),
                        campaign.follows().toString()))) {
            int exit = MetooDiffusion.execute(command.toArray(String[]::new));
            if (exit != 0) {
                System.exit(exit);
            }
        }
        MetooDiffusion.main(args);
    }

    /** SNAP's Higgs activity format ({@code userA userB unix_ts RT|MT|RE}): each account answers earlier ones. */
    private static void writeActivity(Path file) throws IOException {
        try (var out = new PrintWriter(Files.newBufferedWriter(file))) {
            for (int i = 0; i < EVENTS; i++) {
                int source = 2 + i % (ACCOUNTS - 1);
                int target = 1 + (i * 7919) % (source - 1);
                out.printf("%d %d %d %s%n", source, target, 1_341_100_800L + 60L * i, KINDS[i % KINDS.length]);
            }
        }
    }
}
