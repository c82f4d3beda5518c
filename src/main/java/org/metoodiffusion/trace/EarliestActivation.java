package org.metoodiffusion.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The activation cascade of a root account over timed interactions: the earliest-arrival tree of
 * time-respecting paths from the root (Kempe, Kleinberg &amp; Kumar, "Connectivity and inference
 * problems for temporal networks", JCSS 64, 2002; Wu et al., "Path problems in temporal graphs",
 * PVLDB 7, 2014), as cascades are traced on the Higgs Twitter data (De Domenico, Lima, Mougel &amp;
 * Musolesi, Sci. Rep. 3:2980, 2013).
 *
 * <p>Definition. An interaction {@code (a, b, t)} says a retweeted, replied to or mentioned b at
 * time t, so information flows from b to a. The root is active from the start. Every other account
 * a becomes active at the earliest t such that it has an interaction {@code (a, b, t)} with b
 * already active <em>at or before</em> t (tie rule: the same instant counts, since the data's times
 * are whole seconds and the order within a second is unknown; the same rule as
 * {@link InfluencePath#timeRespecting()}). Its parent is that b and the interaction's kind is its
 * link. When several qualify at that instant, the parent is the one activated first (the root
 * before all); between several interactions with it, a retweet before a reply before a mention.
 * Interactions of an account before it could have been reached never count, and once active an
 * account's later interactions change nothing: every root-to-account path is time-respecting and
 * arrives as early as any time-respecting path can.
 *
 * <p>Algorithm: one sweep over the interactions in time order (a temporal breadth-first search). At
 * each instant, first the interactions with accounts active before it, in activation order; then,
 * breadth-first, those with accounts activated at that same instant. O(n + m log m) time for n
 * accounts and m interactions (the sort dominates), O(n + m) memory.
 */
final class EarliestActivation {

    /**
     * The activation tree, accounts in activation order (a parent before its children).
     *
     * @param accounts the account of each node; node 0 is the root
     * @param parents  each node's parent node, -1 for the root
     * @param times    each node's activation time, epoch ms; the root's is its first spread (the
     *                 first activation), or {@link Cascade#UNKNOWN_TIME} when nobody was activated
     * @param links    how each node joined its parent; {@link Link#ROOT} for the root
     */
    record Tree(int[] accounts, int[] parents, long[] times, Link[] links) {
    }

    private final TimedInteractions interactions;
    private final String[] accountIds;
    private final int[] node;
    private final int[] accounts;
    private final int[] parents;
    private final long[] times;
    private final Link[] links;
    private int count;

    /**
     * @param accountIds the id of each account index, to break ties deterministically
     * @param root       the root's account index
     */
    private EarliestActivation(TimedInteractions interactions, String[] accountIds, int root) {
        if (root < 0 || root >= accountIds.length) {
            throw new IllegalArgumentException("the root must be one of the " + accountIds.length + " accounts");
        }
        this.interactions = interactions;
        this.accountIds = accountIds;
        int n = accountIds.length;
        node = new int[n];
        Arrays.fill(node, -1);
        accounts = new int[n];
        parents = new int[n];
        times = new long[n];
        links = new Link[n];
        activate(root, -1, Cascade.UNKNOWN_TIME, Link.ROOT);
    }

    static Tree of(TimedInteractions interactions, String[] accountIds, int root) {
        return new EarliestActivation(interactions, accountIds, root).run();
    }

    private Tree run() {
        int m = interactions.size();
        int[] byTime = IntStream.range(0, m).boxed().sorted(Comparator.comparingLong(interactions::at))
                .mapToInt(Integer::intValue).toArray();
        for (int from = 0; from < m;) {
            int to = from;
            while (to < m && interactions.at(byTime[to]) == interactions.at(byTime[from])) {
                to++;
            }
            instant(byTime, from, to);
            from = to;
        }
        if (count > 1) {
            times[0] = times[1];
        }
        return new Tree(Arrays.copyOf(accounts, count), Arrays.copyOf(parents, count), Arrays.copyOf(times, count),
                Arrays.copyOf(links, count));
    }

    /** The interactions {@code byTime[from..to)}, all at one instant. */
    private void instant(int[] byTime, int from, int to) {
        List<Integer> fromActive = new ArrayList<>();
        List<Integer> rest = new ArrayList<>();
        for (int k = from; k < to; k++) {
            int i = byTime[k];
            if (node[interactions.source(i)] < 0 && interactions.source(i) != interactions.target(i)) {
                (node[interactions.target(i)] >= 0 ? fromActive : rest).add(i);
            }
        }
        int firstNew = count;
        fromActive.sort(Comparator.<Integer>comparingInt(i -> node[interactions.target(i)]).thenComparing(this::order));
        fromActive.forEach(this::activateBy);
        if (rest.isEmpty() || count == firstNew) {
            return;
        }
        // Accounts activated at this instant pass it on at the same instant (the tie rule), breadth-first.
        Map<Integer, List<Integer>> byTarget = new HashMap<>();
        rest.sort(this::order);
        rest.forEach(i -> byTarget.computeIfAbsent(interactions.target(i), t -> new ArrayList<>()).add(i));
        for (int k = firstNew; k < count; k++) {
            byTarget.getOrDefault(accounts[k], List.of()).forEach(this::activateBy);
        }
    }

    /** Retweet before reply before mention, then by the source's id (deterministic whatever the read order). */
    private int order(int a, int b) {
        int byKind = Integer.compare(kindRank(interactions.kind(a)), kindRank(interactions.kind(b)));
        return byKind != 0 ? byKind : accountIds[interactions.source(a)].compareTo(accountIds[interactions.source(b)]);
    }

    private static int kindRank(Link kind) {
        return switch (kind) {
            case RETWEET -> 0;
            case REPLY -> 1;
            default -> 2;
        };
    }

    private void activateBy(int i) {
        if (node[interactions.source(i)] < 0) {
            activate(interactions.source(i), node[interactions.target(i)], interactions.at(i), interactions.kind(i));
        }
    }

    private void activate(int account, int parent, long at, Link link) {
        node[account] = count;
        accounts[count] = account;
        parents[count] = parent;
        times[count] = at;
        links[count] = link;
        count++;
    }
}
