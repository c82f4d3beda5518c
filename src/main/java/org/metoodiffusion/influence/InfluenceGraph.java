package org.metoodiffusion.influence;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A directed graph of accounts whose edge {@code v -> u} carries the probability that v's action
 * makes u act (influence flows from the amplified account to its amplifier, the opposite of
 * {@code AMPLIFIED}). Compressed sparse rows: node i's out-edges are {@code offsets[i] ..
 * offsets[i+1]-1} of {@link #target} and {@link #probability}, so a simulation touches int and
 * double arrays only. Nodes are numbered in the order their ids were first given; edges keep the
 * order given within a node. O(n + m) memory.
 */
public final class InfluenceGraph {

    private final String[] ids;
    private final String[] usernames;
    private final Map<String, Integer> index;
    private final int[] offsets;
    private final int[] targets;
    private final double[] probabilities;

    private InfluenceGraph(String[] ids, String[] usernames, Map<String, Integer> index, int[] offsets, int[] targets,
            double[] probabilities) {
        this.ids = ids;
        this.usernames = usernames;
        this.index = index;
        this.offsets = offsets;
        this.targets = targets;
        this.probabilities = probabilities;
    }

    /** Collects edges, then {@link #build()}s the graph. */
    public static final class Builder {

        private final Map<String, Integer> index = new HashMap<>();
        private String[] ids = new String[16];
        private String[] usernames = new String[16];
        private int[] sources = new int[16];
        private int[] targets = new int[16];
        private double[] probabilities = new double[16];
        private int edges;

        /** Adds the node if new, and its username if known. */
        public int node(String id, String username) {
            Integer known = index.get(id);
            int i = known != null ? known : add(id);
            if (username != null) {
                usernames[i] = username;
            }
            return i;
        }

        /** @param probability in (0, 1]; an edge of probability 0 is left out */
        public Builder edge(String source, String target, double probability) {
            if (!(probability >= 0 && probability <= 1)) {
                throw new IllegalArgumentException("probability must be 0..1, was " + probability);
            }
            int s = node(source, null);
            int t = node(target, null);
            if (probability == 0) {
                return this;
            }
            if (edges == sources.length) {
                sources = Arrays.copyOf(sources, edges * 2);
                targets = Arrays.copyOf(targets, edges * 2);
                probabilities = Arrays.copyOf(probabilities, edges * 2);
            }
            sources[edges] = s;
            targets[edges] = t;
            probabilities[edges++] = probability;
            return this;
        }

        public InfluenceGraph build() {
            int n = index.size();
            int[] offsets = new int[n + 1];
            for (int e = 0; e < edges; e++) {
                offsets[sources[e] + 1]++;
            }
            for (int i = 0; i < n; i++) {
                offsets[i + 1] += offsets[i];
            }
            int[] fill = Arrays.copyOf(offsets, n);
            int[] csrTargets = new int[edges];
            double[] csrProbabilities = new double[edges];
            for (int e = 0; e < edges; e++) {
                int at = fill[sources[e]]++;
                csrTargets[at] = targets[e];
                csrProbabilities[at] = probabilities[e];
            }
            return new InfluenceGraph(Arrays.copyOf(ids, n), Arrays.copyOf(usernames, n), Map.copyOf(index), offsets,
                    csrTargets, csrProbabilities);
        }

        private int add(String id) {
            int i = index.size();
            if (i == ids.length) {
                ids = Arrays.copyOf(ids, i * 2);
                usernames = Arrays.copyOf(usernames, i * 2);
            }
            ids[i] = id;
            index.put(id, i);
            return i;
        }
    }

    public int nodes() {
        return ids.length;
    }

    public int edges() {
        return targets.length;
    }

    public String id(int node) {
        return ids[node];
    }

    /** @return the account's username, or null when unknown */
    public String username(int node) {
        return usernames[node];
    }

    /** @return the node of the account id, or -1 when the account has no edge */
    public int node(String id) {
        Integer i = index.get(id);
        return i == null ? -1 : i;
    }

    public int outDegree(int node) {
        return offsets[node + 1] - offsets[node];
    }

    /** The first edge of the node; its edges are {@code firstEdge(node) .. firstEdge(node + 1) - 1}. */
    public int firstEdge(int node) {
        return offsets[node];
    }

    public int target(int edge) {
        return targets[edge];
    }

    public double probability(int edge) {
        return probabilities[edge];
    }

    /** @return the probability of the edge {@code source -> target}, or 0 when there is none; O(out-degree) */
    public double probability(String source, String target) {
        int s = node(source);
        int t = node(target);
        if (s < 0 || t < 0) {
            return 0;
        }
        for (int e = offsets[s]; e < offsets[s + 1]; e++) {
            if (targets[e] == t) {
                return probabilities[e];
            }
        }
        return 0;
    }
}
