package org.metoodiffusion.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A retweet network the size of the Higgs Twitter one (De Domenico, Lima, Mougel &amp; Musolesi,
 * Sci. Rep. 3:2980, 2013; SNAP: 256,491 accounts, 328,132 retweets, 1-7 July 2012), written as a
 * SNAP temporal edge list ({@code userA userB unix_ts RT}: A retweeted B). Accounts arrive in
 * time; each retweets an earlier one, chosen half the time uniformly and half the time in
 * proportion to the retweets it already has (preferential attachment: a heavy-tailed in-degree);
 * the remaining retweets come from random accounts, by the same rule. Public for the tests and
 * demonstrations of account-level tracing, which import such a file.
 */
public final class HiggsLikeEdges {

    static final int HIGGS_ACCOUNTS = 256_491;
    static final int HIGGS_RETWEETS = 328_132;
    private static final long START = 1_341_100_800L; // 2012-07-01T00:00:00Z
    private static final long WEEK = 7 * 24 * 3600L;

    /** What was written: SNAP lines, and the distinct weighted pairs a projection would hold. */
    public record Written(int accounts, int retweets, int pairs) {
    }

    private HiggsLikeEdges() {
    }

    /**
     * @param snap     SNAP edge list for the importer
     * @param weighted the same edges as {@code source target weight}, one line per pair, for networkx
     */
    public static Written write(int accounts, int retweets, long seed, Path snap, Path weighted) throws IOException {
        var random = new SplittableRandom(seed);
        var sources = new int[retweets];
        var targets = new int[retweets];
        int count = 0;
        for (int account = 2; account <= accounts && count < retweets; account++) {
            sources[count] = account;
            targets[count] = earlier(account, targets, count, random);
            count++;
        }
        while (count < retweets) {
            int account = 2 + random.nextInt(accounts - 1);
            sources[count] = account;
            targets[count] = earlier(account, targets, count, random);
            count++;
        }
        var pairs = new HashMap<Long, Integer>();
        try (BufferedWriter out = Files.newBufferedWriter(snap)) {
            out.write("# Higgs-like retweet network (generated): userA userB unix_ts RT\n");
            for (int i = 0; i < count; i++) {
                long at = START + WEEK * i / count;
                out.write(sources[i] + " " + targets[i] + " " + at + " RT\n");
                pairs.merge(((long) sources[i] << 32) | targets[i], 1, Integer::sum);
            }
        }
        writePairs(pairs, weighted);
        return new Written(accounts, count, pairs.size());
    }

    private static void writePairs(Map<Long, Integer> pairs, Path weighted) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(weighted)) {
            for (Map.Entry<Long, Integer> pair : pairs.entrySet()) {
                out.write((pair.getKey() >>> 32) + " " + (pair.getKey() & 0xffffffffL) + " " + pair.getValue() + "\n");
            }
        }
    }

    /** The Higgs activity file's size (SNAP higgs-activity_time.txt): accounts and timed events of each kind. */
    static final int ACTIVITY_ACCOUNTS = 304_691;
    static final int ACTIVITY_RETWEETS = 354_930;
    static final int ACTIVITY_MENTIONS = 171_237;
    static final int ACTIVITY_REPLIES = 36_902;

    /**
     * A timed activity file the shape of SNAP's Higgs one ({@code userA userB unix_ts RT|MT|RE}):
     * {@link #ACTIVITY_ACCOUNTS} accounts and the Higgs file's retweets, mentions and replies,
     * interleaved in proportion, by the same arrival and attachment rule as {@link #write};
     * {@code weighted} gets the distinct pairs ({@code source target count}) for the reference tools.
     * Returns the events written.
     */
    public static int writeActivity(long seed, Path snap, Path weighted) throws IOException {
        var random = new SplittableRandom(seed);
        int events = ACTIVITY_RETWEETS + ACTIVITY_MENTIONS + ACTIVITY_REPLIES;
        var targets = new int[events];
        var pairs = new HashMap<Long, Integer>();
        // Exactly the Higgs file's count of each kind, in a random order.
        var kinds = new String[events];
        Arrays.fill(kinds, 0, ACTIVITY_RETWEETS, "RT");
        Arrays.fill(kinds, ACTIVITY_RETWEETS, ACTIVITY_RETWEETS + ACTIVITY_MENTIONS, "MT");
        Arrays.fill(kinds, ACTIVITY_RETWEETS + ACTIVITY_MENTIONS, events, "RE");
        for (int i = events - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            var kind = kinds[i];
            kinds[i] = kinds[j];
            kinds[j] = kind;
        }
        try (BufferedWriter out = Files.newBufferedWriter(snap)) {
            out.write("# Higgs-like activity (generated): userA userB unix_ts RT|MT|RE\n");
            for (int i = 0; i < events; i++) {
                int source = i + 2 <= ACTIVITY_ACCOUNTS ? i + 2 : 2 + random.nextInt(ACTIVITY_ACCOUNTS - 1);
                targets[i] = earlier(source, targets, i, random);
                out.write(source + " " + targets[i] + " " + (START + WEEK * i / events) + " " + kinds[i] + "\n");
                pairs.merge(((long) source << 32) | targets[i], 1, Integer::sum);
            }
        }
        writePairs(pairs, weighted);
        return events;
    }

    /** An account that arrived before {@code account}: uniform, or by the retweets it already has. */
    private static int earlier(int account, int[] targets, int count, SplittableRandom random) {
        if (count > 0 && random.nextBoolean()) {
            for (int attempt = 0; attempt < 8; attempt++) {
                int target = targets[random.nextInt(count)];
                if (target < account) {
                    return target;
                }
            }
        }
        return 1 + random.nextInt(account - 1);
    }
}
