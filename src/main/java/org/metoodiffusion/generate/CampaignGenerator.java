package org.metoodiffusion.generate;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Generates a synthetic campaign into files (gzip when the name ends in {@code .gz}). */
public final class CampaignGenerator {

    /** What was written. */
    public record Generated(int posts, int accounts, long followEdges, Path tweets, Path follows) {
    }

    private CampaignGenerator() {
    }

    /**
     * @param posts   number of posts (replies, retweets, quotes and hashtag posts; Milano's root is extra)
     * @param seed    random seed: same seed and size, same files
     * @param tweets  twarc2 JSONL output
     * @param follows follow edge list output, or null for none
     */
    public static Generated generate(int posts, long seed, Path tweets, Path follows) throws IOException {
        var campaign = new SyntheticCampaign(posts, seed);
        try (var out = open(tweets)) {
            new Twarc2PageWriter(campaign, seed).write(out);
        }
        long edges = 0;
        if (follows != null) {
            try (var out = open(follows)) {
                edges = new FollowGraphWriter(campaign, seed).write(out);
            }
        }
        return new Generated(posts, campaign.accounts(), edges, tweets, follows);
    }

    /** Writes the tweets to a stream (stdout), without follows. */
    public static void generate(int posts, long seed, OutputStream out) throws IOException {
        new Twarc2PageWriter(new SyntheticCampaign(posts, seed), seed).write(out);
    }

    private static OutputStream open(Path path) throws IOException {
        var parent = path.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(path), 1 << 16);
        return path.getFileName().toString().endsWith(".gz") ? new GZIPOutputStream(out, 1 << 16) : out;
    }
}
