package org.metoodiffusion.trace;

import java.util.Arrays;

/**
 * Structural virality of a cascade tree: the mean shortest-path distance over all pairs of nodes
 * of the tree taken as undirected (the Wiener index divided by the number of pairs).
 *
 * <p>Goel, Anderson, Hofman &amp; Watts, "The Structural Virality of Online Diffusion",
 * Management Science 62(1), 2016. A broadcast (star) scores {@code 2(n-1)/n}, close to 2; a chain
 * of person-to-person hops scores {@code (n+1)/3}.
 *
 * <p>Computed in O(n): each edge between a node and its parent lies on the path of exactly
 * {@code s(n-s)} pairs, s being the size of the node's subtree, so
 * {@code v = 2/(n(n-1)) * sum over non-root nodes of s(n-s)}. {@link #bruteForce} is the O(n^2)
 * definition, kept as the reference the fast form is tested and benchmarked against.
 */
public final class StructuralVirality {

    private StructuralVirality() {
    }

    /** Structural virality in O(n); 0 for a single node. */
    public static double of(CascadeTree tree) {
        return ofSubtreeSizes(tree.subtreeSizes());
    }

    /**
     * Structural virality of a tree given as a parent array numbered parents first
     * ({@code parent[0] == -1}, {@code 0 <= parent[i] < i}), such as a simulated cascade in
     * activation order; O(n).
     */
    public static double ofParents(int[] parent) {
        int[] sizes = new int[parent.length];
        for (int i = parent.length - 1; i >= 0; i--) {
            if (i == 0 ? parent[0] != -1 : parent[i] < 0 || parent[i] >= i) {
                throw new IllegalArgumentException("not a tree numbered parents first at node " + i);
            }
            sizes[i]++;
            if (i > 0) {
                sizes[parent[i]] += sizes[i];
            }
        }
        return ofSubtreeSizes(sizes);
    }

    private static double ofSubtreeSizes(int[] subtree) {
        int n = subtree.length;
        if (n < 2) {
            return 0;
        }
        double sum = 0;
        for (int node = 1; node < n; node++) {
            sum += (double) subtree[node] * (n - subtree[node]);
        }
        return 2 * sum / ((double) n * (n - 1));
    }

    /** The definition, by a breadth-first search from every node: O(n^2), for tests and benchmarks. */
    public static double bruteForce(CascadeTree tree) {
        int n = tree.size();
        if (n < 2) {
            return 0;
        }
        int[][] neighbours = neighbours(tree);
        int[] distance = new int[n];
        int[] queue = new int[n];
        double total = 0;
        for (int source = 0; source < n; source++) {
            Arrays.fill(distance, -1);
            distance[source] = 0;
            int head = 0;
            int tail = 0;
            queue[tail++] = source;
            while (head < tail) {
                int node = queue[head++];
                total += distance[node];
                for (int next : neighbours[node]) {
                    if (distance[next] < 0) {
                        distance[next] = distance[node] + 1;
                        queue[tail++] = next;
                    }
                }
            }
        }
        return total / ((double) n * (n - 1));
    }

    private static int[][] neighbours(CascadeTree tree) {
        int n = tree.size();
        int[] degree = new int[n];
        for (int node = 1; node < n; node++) {
            degree[node]++;
            degree[tree.parent(node)]++;
        }
        int[][] neighbours = new int[n][];
        for (int node = 0; node < n; node++) {
            neighbours[node] = new int[degree[node]];
        }
        int[] filled = new int[n];
        for (int node = 1; node < n; node++) {
            int parent = tree.parent(node);
            neighbours[node][filled[node]++] = parent;
            neighbours[parent][filled[parent]++] = node;
        }
        return neighbours;
    }
}
