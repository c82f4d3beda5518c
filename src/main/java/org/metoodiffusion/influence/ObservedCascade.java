package org.metoodiffusion.influence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.metoodiffusion.trace.CascadeNode;
import org.metoodiffusion.trace.StructuralVirality;

/**
 * A traced cascade as the accounts it activated, comparable with a simulated one: every account at
 * its first post in the root's tree (at account level, its first activation), in time order (the
 * root first; untimed posts last, then by position), its parent the account of the nearest post
 * above that post whose author was active before it. The first {@code seeds} accounts are the seeds
 * (hop 0); an account with no active author above it (a hashtag's independent adopters, posts under
 * an unknown author) is a root too, at hop 0. With more than one root the tree gets a virtual root
 * above them, as a simulation with several seeds does. O(n log n) for n posts.
 *
 * @param accounts           account ids in activation order, the seeds first
 * @param usernames          their usernames (null when unknown)
 * @param hops               hops from the nearest root, per account
 * @param structuralVirality of the account tree (Goel et al. 2016)
 */
record ObservedCascade(List<String> accounts, List<String> usernames, int[] hops, double structuralVirality) {

    int size() {
        return accounts.size();
    }

    int depth() {
        int depth = 0;
        for (int hop : hops) {
            depth = Math.max(depth, hop);
        }
        return depth;
    }

    /**
     * @param nodes   the cascade's nodes, node i at position i (as {@code CascadeService.nodes} pages them)
     * @param virtual whether node 0 is a virtual root (an origin, hashtag or account at post level)
     * @param seeds   how many first accounts are seeds, at least 1
     */
    static ObservedCascade of(List<CascadeNode> nodes, boolean virtual, int seeds) {
        List<CascadeNode> order = new ArrayList<>(nodes.stream().filter(n -> n.depth() >= 0 && n.account() != null
                && !(virtual && n.index() == 0)).toList());
        order.sort(Comparator.comparing((CascadeNode n) -> n.index() != 0)
                .thenComparing(CascadeNode::time, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingInt(CascadeNode::index));
        Map<String, Integer> placed = new HashMap<>();
        List<String> accounts = new ArrayList<>();
        List<String> usernames = new ArrayList<>();
        List<Integer> parents = new ArrayList<>();
        for (CascadeNode node : order) {
            if (placed.containsKey(node.account())) {
                continue;
            }
            int parent = -1;
            if (accounts.size() >= seeds) {
                for (int p = node.parent(); p >= 0 && parent < 0; p = nodes.get(p).parent()) {
                    Integer above = nodes.get(p).account() == null ? null : placed.get(nodes.get(p).account());
                    parent = above == null ? -1 : above;
                }
            }
            placed.put(node.account(), accounts.size());
            accounts.add(node.account());
            usernames.add(node.username());
            parents.add(parent);
        }
        int n = accounts.size();
        int[] hops = new int[n];
        if (n == 0) {
            return new ObservedCascade(List.of(), usernames, hops, 0);
        }
        long roots = parents.stream().filter(p -> p < 0).count();
        int offset = roots > 1 ? 1 : 0;
        int[] tree = new int[n + offset];
        tree[0] = -1;
        for (int i = 0; i < n; i++) {
            int parent = parents.get(i);
            hops[i] = parent < 0 ? 0 : hops[parent] + 1;
            tree[i + offset] = parent < 0 ? (offset == 1 ? 0 : -1) : parent + offset;
        }
        return new ObservedCascade(List.copyOf(accounts), usernames, hops, StructuralVirality.ofParents(tree));
    }
}
