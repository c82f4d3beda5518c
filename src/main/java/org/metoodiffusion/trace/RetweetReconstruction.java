package org.metoodiffusion.trace;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Re-attaches the retweets of a platform cascade by a {@link Reconstruction} rule; replies and
 * quotes keep the parent the platform recorded. For each post with retweets, its sharers (the author,
 * then everyone who quoted or retweeted it) are replayed in time order, and each retweet is given a
 * parent among the sharers strictly before it:
 * <ul>
 * <li>{@link Reconstruction#FOLLOWEE}: the followee whose latest share is the most recent, else the
 * original post;</li>
 * <li>{@link Reconstruction#INTERACTION}: the sharer the retweeter replied to, quoted or mentioned
 * most recently before retweeting, else none (the retweet is left unconnected).</li>
 * </ul>
 * Each parent is strictly earlier than its child, so the result has no cycle. O(n log n + F + I) for
 * n nodes and F follows / I interactions of the retweeters.
 */
final class RetweetReconstruction {

    private RetweetReconstruction() {
    }

    /**
     * @param followees    per account of the cascade, the accounts (of the cascade) it follows
     * @param interactions per account of the cascade, whom it replied to, quoted or mentioned and when
     */
    static Cascade apply(Cascade platform, Reconstruction method, Map<Integer, int[]> followees,
            Map<Integer, InteractionLog> interactions) {
        if (method == Reconstruction.PLATFORM) {
            return platform;
        }
        int n = platform.size();
        int[] parents = new int[n];
        Basis[] bases = new Basis[n];
        for (int i = 0; i < n; i++) {
            parents[i] = platform.parent(i);
            bases[i] = platform.basis(i);
        }
        int[][] sharers = sharersByOriginal(platform);
        for (int original = 0; original < n; original++) {
            if (sharers[original] != null) {
                replay(platform, method, original, sharers[original], followees, interactions, parents, bases);
            }
        }
        return platform.reparented(method, parents, bases);
    }

    private static void replay(Cascade cascade, Reconstruction method, int original, int[] shares,
            Map<Integer, int[]> followees, Map<Integer, InteractionLog> interactions, int[] parents, Basis[] bases) {
        Map<Integer, Integer> latestShare = new HashMap<>();
        if (cascade.author(original) >= 0) {
            latestShare.put(cascade.author(original), original);
        }
        int i = 0;
        while (i < shares.length) {
            // Shares at the same millisecond cannot have exposed one another: decide them all, then record them.
            int end = i;
            while (end < shares.length && cascade.time(shares[end]) == cascade.time(shares[i])) {
                end++;
            }
            for (int k = i; k < end; k++) {
                int node = shares[k];
                if (cascade.link(node) == Link.RETWEET && cascade.time(node) != Cascade.UNKNOWN_TIME) {
                    int parent = method == Reconstruction.FOLLOWEE
                            ? latestFolloweeShare(cascade, node, followees, latestShare)
                            : latestInteractedShare(cascade, node, interactions, latestShare);
                    assign(method, original, node, parent, parents, bases);
                }
            }
            for (int k = i; k < end; k++) {
                if (cascade.author(shares[k]) >= 0) {
                    latestShare.put(cascade.author(shares[k]), shares[k]);
                }
            }
            i = end;
        }
    }

    private static void assign(Reconstruction method, int original, int node, int parent, int[] parents, Basis[] bases) {
        if (parent >= 0) {
            parents[node] = parent;
            bases[node] = method == Reconstruction.FOLLOWEE ? Basis.FOLLOWEE : Basis.INTERACTION;
        } else if (method == Reconstruction.FOLLOWEE) {
            parents[node] = original;
            bases[node] = Basis.ORIGINAL_FALLBACK;
        } else {
            parents[node] = -1;
            bases[node] = Basis.UNCONNECTED;
        }
    }

    private static int latestFolloweeShare(Cascade cascade, int retweet, Map<Integer, int[]> followees,
            Map<Integer, Integer> latestShare) {
        int best = -1;
        for (int followee : followees.getOrDefault(cascade.author(retweet), new int[0])) {
            Integer share = followee == cascade.author(retweet) ? null : latestShare.get(followee);
            if (share != null && (best < 0 || cascade.time(share) > cascade.time(best))) {
                best = share;
            }
        }
        return best;
    }

    private static int latestInteractedShare(Cascade cascade, int retweet, Map<Integer, InteractionLog> interactions,
            Map<Integer, Integer> latestShare) {
        InteractionLog log = interactions.get(cascade.author(retweet));
        if (log == null) {
            return -1;
        }
        long before = cascade.time(retweet);
        for (int k = 0; k < log.size(); k++) {
            Integer share = log.time(k) < before && log.other(k) != cascade.author(retweet) ? latestShare.get(log.other(k)) : null;
            if (share != null) {
                return share;
            }
        }
        return -1;
    }

    /** For each post that has retweets, its quotes and retweets in time order (unknown times last); else null. */
    private static int[][] sharersByOriginal(Cascade cascade) {
        int n = cascade.size();
        int[] count = new int[n];
        boolean[] retweeted = new boolean[n];
        for (int i = 1; i < n; i++) {
            Link link = cascade.link(i);
            if ((link == Link.RETWEET || link == Link.QUOTE) && cascade.parent(i) >= 0) {
                count[cascade.parent(i)]++;
                retweeted[cascade.parent(i)] |= link == Link.RETWEET;
            }
        }
        int[][] sharers = new int[n][];
        for (int i = 0; i < n; i++) {
            if (retweeted[i]) {
                sharers[i] = new int[count[i]];
                count[i] = 0;
            }
        }
        for (int i = 1; i < n; i++) {
            Link link = cascade.link(i);
            int parent = cascade.parent(i);
            if ((link == Link.RETWEET || link == Link.QUOTE) && parent >= 0 && sharers[parent] != null) {
                sharers[parent][count[parent]++] = i;
            }
        }
        for (int[] shares : sharers) {
            if (shares != null) {
                sortByTime(cascade, shares);
            }
        }
        return sharers;
    }

    private static void sortByTime(Cascade cascade, int[] nodes) {
        Integer[] boxed = Arrays.stream(nodes).boxed().toArray(Integer[]::new);
        Arrays.sort(boxed, (a, b) -> {
            long ta = cascade.time(a) == Cascade.UNKNOWN_TIME ? Long.MAX_VALUE : cascade.time(a);
            long tb = cascade.time(b) == Cascade.UNKNOWN_TIME ? Long.MAX_VALUE : cascade.time(b);
            return ta != tb ? Long.compare(ta, tb) : Integer.compare(a, b);
        });
        for (int k = 0; k < nodes.length; k++) {
            nodes[k] = boxed[k];
        }
    }
}
