package org.metoodiffusion.trace;

import java.util.Arrays;

/**
 * A rooted cascade tree over nodes {@code 0..n-1} with node 0 the root, held as a parent array
 * ({@code parent[0] == -1}). Validated on construction: one root, every other node's parent is a
 * node, and no cycles, so the algorithms on it can rely on a tree.
 */
public final class CascadeTree {

    private final int[] parent;

    /** @param parent parent of each node; {@code parent[0]} must be -1 (the root) */
    public CascadeTree(int[] parent) {
        if (parent.length == 0 || parent[0] != -1) {
            throw new IllegalArgumentException("node 0 must be the root (parent -1)");
        }
        for (int node = 1; node < parent.length; node++) {
            if (parent[node] < 0 || parent[node] >= parent.length || parent[node] == node) {
                throw new IllegalArgumentException("node " + node + " has no valid parent: " + parent[node]);
            }
        }
        this.parent = parent.clone();
        requireAcyclic();
    }

    public int size() {
        return parent.length;
    }

    public int parent(int node) {
        return parent[node];
    }

    /** Nodes in an order where every parent comes before its children (breadth-first from the root). */
    int[] topDownOrder() {
        int n = parent.length;
        int[] childCount = new int[n + 1];
        for (int node = 1; node < n; node++) {
            childCount[parent[node] + 1]++;
        }
        for (int i = 1; i <= n; i++) {
            childCount[i] += childCount[i - 1];
        }
        int[] children = new int[Math.max(0, n - 1)];
        int[] fill = Arrays.copyOf(childCount, n);
        for (int node = 1; node < n; node++) {
            children[fill[parent[node]]++] = node;
        }
        int[] order = new int[n];
        int head = 0;
        int tail = 1;
        while (head < tail) {
            int node = order[head++];
            for (int i = childCount[node]; i < childCount[node + 1]; i++) {
                order[tail++] = children[i];
            }
        }
        // Nodes on a cycle (and below one) are never reached from the root.
        return tail == n ? order : Arrays.copyOf(order, tail);
    }

    private void requireAcyclic() {
        if (topDownOrder().length != parent.length) {
            throw new IllegalArgumentException("the parent array has a cycle: not a tree");
        }
    }
}
