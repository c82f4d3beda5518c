package org.metoodiffusion.trace;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The shape and pace of one cascade under one reconstruction, over the root's tree (nodes that no
 * rule connects are counted apart). Definitions follow Vosoughi, Roy &amp; Aral, "The spread of true
 * and false news online", Science 359, 2018: size, depth (the root's eccentricity), maximum breadth
 * (the largest level), breadth at each depth, and the time to reach a depth or a number of distinct
 * accounts; structural virality after Goel et al. 2016 ({@link StructuralVirality}). A virtual root
 * (origin, account, hashtag) is the tree's root at depth 0, its seed posts at depth 1. Computed in
 * O(n + a log a) for n nodes and a accounts. At account level the nodes are accounts at their first
 * activation ({@link EarliestActivation}): posts is 0, accounts is the cascade's size, and the
 * root's time is its first spread.
 *
 * @param root                the root as written ({@code milano}, {@code burke}, a post id, ...)
 * @param rootLabel           what the root is, for people
 * @param method              the reconstruction
 * @param level               what the nodes are: {@code post} or {@code account}
 * @param posts               posts in the root's tree
 * @param accounts            distinct authors in the root's tree
 * @param unconnectedPosts    posts no rule of the method connects to the root
 * @param unconnectedTrees    trees those posts form
 * @param depth               longest hop count from the root
 * @param maxBreadth          most nodes at one depth
 * @param breadthByDepth      nodes at depth 0, 1, 2, ...
 * @param structuralVirality  mean distance between pairs of nodes of the tree
 * @param start               the root's time, or the earliest known time in the tree when the root has none
 * @param end                 the latest known time in the tree
 * @param durationSeconds     from start to end
 * @param secondsToDepth      for depth 0, 1, 2, ...: seconds from start to the first node at that depth (null if unknown)
 * @param secondsToAccounts   for N = 1, 10, 100, ...: seconds from start until N distinct accounts took part
 * @param firstAdopters       the first accounts to join after the root's author, in time order (no post at account level)
 */
public record CascadeMetrics(String root, String rootLabel, String method, String level, int posts, int accounts,
        int unconnectedPosts, int unconnectedTrees, int depth, int maxBreadth, List<Integer> breadthByDepth,
        double structuralVirality, Instant start, Instant end, Long durationSeconds, List<Long> secondsToDepth,
        Map<Integer, Long> secondsToAccounts, List<Adopter> firstAdopters) {

    public static final int FIRST_ADOPTERS = 10;

    public static CascadeMetrics of(Cascade cascade) {
        int[] order = cascade.treeOrder();
        int posts = 0;
        int maxDepth = 0;
        long earliest = Long.MAX_VALUE;
        long latest = Long.MIN_VALUE;
        for (int node : order) {
            posts += cascade.post(node) == null ? 0 : 1;
            maxDepth = Math.max(maxDepth, cascade.depth(node));
            long time = cascade.time(node);
            if (time != Cascade.UNKNOWN_TIME) {
                earliest = Math.min(earliest, time);
                latest = Math.max(latest, time);
            }
        }
        long start = cascade.time(0) != Cascade.UNKNOWN_TIME ? cascade.time(0) : earliest;
        boolean timed = earliest != Long.MAX_VALUE;
        int[] breadth = new int[maxDepth + 1];
        long[] firstAtDepth = new long[maxDepth + 1];
        Arrays.fill(firstAtDepth, Long.MAX_VALUE);
        long[] firstByAccount = new long[cascade.accountCount()];
        int[] firstNodeByAccount = new int[cascade.accountCount()];
        Arrays.fill(firstNodeByAccount, -1);
        for (int node : order) {
            int depth = cascade.depth(node);
            breadth[depth]++;
            long time = cascade.time(node);
            if (time != Cascade.UNKNOWN_TIME) {
                firstAtDepth[depth] = Math.min(firstAtDepth[depth], time);
            }
            int author = cascade.author(node);
            if (author >= 0 && (firstNodeByAccount[author] < 0 || earlier(time, firstByAccount[author]))) {
                firstNodeByAccount[author] = node;
                firstByAccount[author] = time;
            }
        }
        int[] adopters = adoptersInTimeOrder(firstNodeByAccount, firstByAccount);
        List<Long> toDepth = new ArrayList<>();
        for (long first : firstAtDepth) {
            toDepth.add(first == Long.MAX_VALUE || !timed ? null : Math.max(0, first - start) / 1000);
        }
        return new CascadeMetrics(cascade.root().toString(), cascade.rootLabel(), cascade.method().label(),
                cascade.level().label(), posts,
                adopters.length, cascade.size() - order.length, unconnectedTrees(cascade), maxDepth,
                Arrays.stream(breadth).max().orElse(0), Arrays.stream(breadth).boxed().toList(),
                StructuralVirality.of(cascade.tree()), timed ? Instant.ofEpochMilli(start) : null,
                timed ? Instant.ofEpochMilli(latest) : null, timed ? (latest - start) / 1000 : null, toDepth,
                secondsToAccounts(adopters, firstByAccount, start, timed),
                firstAdopters(cascade, adopters, firstNodeByAccount));
    }

    private static boolean earlier(long time, long than) {
        return time != Cascade.UNKNOWN_TIME && (than == Cascade.UNKNOWN_TIME || time < than);
    }

    /** Accounts by the time of their first post (unknown times last). */
    private static int[] adoptersInTimeOrder(int[] firstNode, long[] firstTime) {
        return IntStream.range(0, firstNode.length).filter(a -> firstNode[a] >= 0).boxed()
                .sorted((a, b) -> {
                    long ta = firstTime[a] == Cascade.UNKNOWN_TIME ? Long.MAX_VALUE : firstTime[a];
                    long tb = firstTime[b] == Cascade.UNKNOWN_TIME ? Long.MAX_VALUE : firstTime[b];
                    return ta != tb ? Long.compare(ta, tb) : Integer.compare(firstNode[a], firstNode[b]);
                })
                .mapToInt(Integer::intValue).toArray();
    }

    private static Map<Integer, Long> secondsToAccounts(int[] adopters, long[] firstTime, long start, boolean timed) {
        Map<Integer, Long> reached = new LinkedHashMap<>();
        for (int n = 1; timed && n <= adopters.length; n *= 10) {
            long time = firstTime[adopters[n - 1]];
            reached.put(n, time == Cascade.UNKNOWN_TIME ? null : Math.max(0, time - start) / 1000);
        }
        return reached;
    }

    private static List<Adopter> firstAdopters(Cascade cascade, int[] adopters, int[] firstNode) {
        int rootAuthor = cascade.author(0);
        List<Adopter> first = new ArrayList<>();
        for (int k = 0; k < adopters.length && first.size() < FIRST_ADOPTERS; k++) {
            if (adopters[k] != rootAuthor) {
                CascadeNode node = cascade.node(firstNode[adopters[k]]);
                first.add(new Adopter(node.account(), node.username(), node.post(), node.time()));
            }
        }
        return first;
    }

    private static int unconnectedTrees(Cascade cascade) {
        int trees = 0;
        for (int i = 1; i < cascade.size(); i++) {
            trees += cascade.parent(i) < 0 ? 1 : 0;
        }
        return trees;
    }
}
