package org.metoodiffusion.generate;

import java.time.Instant;
import java.util.SplittableRandom;

import org.metoodiffusion.id.Ids;

/**
 * The posts of a synthetic campaign, generated in time order from a seed: the same seed and size
 * give the same campaign, byte for byte.
 *
 * <p>Model: post times follow {@link CampaignShape}; each post is an original (with the hashtag),
 * a reply, a retweet or a quote. Its parent is Milano's root with a probability that decays from
 * 0.6 in the first hours to 0.05 after a week, else an earlier post drawn with a strong bias to
 * recent ones (copying model; Kleinberg et al., 1999), which grows deep, bursty cascades. As on the
 * platform, a retweet of a retweet references the original. Authors are drawn with a skew (a few
 * accounts post a lot); follower counts are Pareto-distributed (alpha 1.2), so a handful of
 * accounts have millions of followers. Hashtag adoption rises from nothing (Milano's tweet asked
 * for replies, without the hashtag) to 85% within a day; credit mentions of @TaranaBurke are rare
 * before Milano's credit on 16 Oct 2017 and more common after.
 *
 * <p>Memory: five primitive arrays, about 25 bytes per post.
 */
final class SyntheticCampaign {

    static final String ROOT_ID = "919659438700670976";
    static final String ROOT_AUTHOR_ID = "26642006";
    static final Instant ROOT_TIME = Instant.parse("2017-10-15T20:21:11Z");
    static final long FIRST_ACCOUNT_ID = 9_000_000_000_000_000_000L;
    static final int ROOT = -1;

    enum Kind { ORIGINAL, REPLY, RETWEET, QUOTE }

    private static final int WORKER_ID = 1023;
    private static final Instant BURKE_CREDITED = Instant.parse("2017-10-16T20:00:00Z");

    private final int posts;
    private final int accounts;
    private final long[] time;
    private final int[] author;
    private final int[] parent;
    private final int[] conversation;
    private final byte[] flags;

    private static final int KIND_MASK = 0b11;
    private static final int HASHTAG = 0b100;
    private static final int CREDIT = 0b1000;

    SyntheticCampaign(int posts, long seed) {
        if (posts < 1 || posts > 50_000_000) {
            throw new IllegalArgumentException("posts must be 1..50,000,000, was " + posts);
        }
        this.posts = posts;
        this.accounts = Math.max(50, posts / 3);
        this.time = new long[posts];
        this.author = new int[posts];
        this.parent = new int[posts];
        this.conversation = new int[posts];
        this.flags = new byte[posts];
        generate(new SplittableRandom(seed));
    }

    private void generate(SplittableRandom random) {
        long root = ROOT_TIME.toEpochMilli();
        for (int i = 0; i < posts; i++) {
            // Stratified draws keep the times sorted and exactly on the calibrated curve.
            long at = root + 1000 + CampaignShape.at((i + random.nextDouble()) / posts).toMillis();
            time[i] = i > 0 ? Math.max(at, time[i - 1]) : at;
            double hours = (time[i] - root) / 3_600_000.0;
            author[i] = (int) (accounts * Math.pow(random.nextDouble(), 1.5));
            var kind = kind(random.nextDouble(), hours);
            int target = kind == Kind.ORIGINAL ? ROOT : chooseParent(random, i, hours);
            parent[i] = kind == Kind.ORIGINAL ? ROOT : original(target, kind);
            conversation[i] = kind == Kind.REPLY && parent[i] != ROOT ? conversation[parent[i]]
                    : kind == Kind.REPLY ? ROOT : i;
            boolean hashtag = kind == Kind.RETWEET ? parent[i] != ROOT && (flags[parent[i]] & HASHTAG) != 0
                    : kind == Kind.ORIGINAL || random.nextDouble() < 0.85 * (1 - Math.exp(-hours / 6));
            boolean credit = kind != Kind.RETWEET
                    && random.nextDouble() < (Instant.ofEpochMilli(time[i]).isBefore(BURKE_CREDITED) ? 0.002 : 0.02);
            flags[i] = (byte) (kind.ordinal() | (hashtag ? HASHTAG : 0) | (credit ? CREDIT : 0));
        }
    }

    private static Kind kind(double u, double hours) {
        // Early on people answer the call (replies); later, hashtag posts and retweets dominate.
        double reply = hours < 24 ? 0.45 : 0.25;
        if (u < reply) {
            return Kind.REPLY;
        }
        if (u < reply + 0.40) {
            return Kind.RETWEET;
        }
        return u < reply + 0.47 ? Kind.QUOTE : Kind.ORIGINAL;
    }

    private static int chooseParent(SplittableRandom random, int i, double hours) {
        double towardsRoot = 0.05 + 0.55 * Math.exp(-hours / 12);
        if (i == 0 || random.nextDouble() < towardsRoot) {
            return ROOT;
        }
        return i - 1 - (int) (i * Math.pow(random.nextDouble(), 3));
    }

    /** The platform references the original, never a retweet. */
    private int original(int target, Kind kind) {
        int post = target;
        while (post != ROOT && kind(post) == Kind.RETWEET) {
            post = parent[post];
        }
        return post;
    }

    int posts() {
        return posts;
    }

    int accounts() {
        return accounts;
    }

    String postId(int i) {
        return i == ROOT ? ROOT_ID : Long.toString(Ids.snowflakeAt(Instant.ofEpochMilli(time[i]))
                | ((long) WORKER_ID << 12) | (i & 0xFFF));
    }

    Instant time(int i) {
        return i == ROOT ? ROOT_TIME : Instant.ofEpochMilli(time[i]);
    }

    int author(int i) {
        return author[i];
    }

    String accountId(int account) {
        return account == ROOT ? ROOT_AUTHOR_ID : Long.toString(FIRST_ACCOUNT_ID + account);
    }

    String authorId(int i) {
        return i == ROOT ? ROOT_AUTHOR_ID : accountId(author[i]);
    }

    int parent(int i) {
        return parent[i];
    }

    int conversation(int i) {
        return conversation[i];
    }

    Kind kind(int i) {
        return Kind.values()[flags[i] & KIND_MASK];
    }

    boolean hashtag(int i) {
        return (flags[i] & HASHTAG) != 0;
    }

    boolean credit(int i) {
        return (flags[i] & CREDIT) != 0;
    }

    /** Pareto(alpha 1.2, minimum 20) by rank: account 0 is the most followed. */
    long followers(int account) {
        return Math.min(20_000_000L, Math.round(20 * Math.pow((account + 1.0) / accounts, -1 / 1.2)));
    }
}
