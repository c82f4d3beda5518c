package org.metoodiffusion.influence;

import java.util.Arrays;

import org.metoodiffusion.trace.StructuralVirality;

/**
 * Monte-Carlo runs of the Independent Cascade model (Goldenberg, Libai &amp; Muller, Marketing
 * Letters 12(3), 2001; Kempe, Kleinberg &amp; Tardos, KDD 2003): the seeds are active at step 0;
 * each account activated at step t gets one chance to activate each inactive out-neighbour u at
 * step t + 1, succeeding with the edge's probability, independently; the run ends when a step
 * activates nobody. Runs over {@link LiveEdges}: breadth-first search over the run's live edges, an
 * account's step being its distance from the seeds and its parent the first active in-neighbour
 * found. O(n' + m') per run for the n' accounts it reaches and their m' out-edges. Not thread-safe
 * (scratch arrays are reused): one instance per request.
 */
public final class IndependentCascade {

    private final InfluenceGraph graph;
    private final LiveEdges coins;
    private final int[] stamp;
    private int stampValue;
    private int[] queue = new int[64];
    private int[] parent = new int[64];
    private int[] step = new int[64];

    /**
     * One run's cascade.
     *
     * @param size               accounts activated, seeds included
     * @param depth              the last step that activated someone (0: the seeds only)
     * @param newByStep          accounts activated at step 0, 1, ..., depth
     * @param structuralVirality of the activation tree (Goel et al. 2016), under a virtual root when there are several seeds
     */
    public record Run(int size, int depth, int[] newByStep, double structuralVirality) {
    }

    public IndependentCascade(InfluenceGraph graph, LiveEdges coins) {
        this.graph = graph;
        this.coins = coins;
        this.stamp = new int[graph.nodes()];
    }

    /**
     * The run's cascade, with its tree.
     *
     * @param seeds distinct nodes of the graph, at least one; -1 stands for a seed account the model has
     *              no edge from (active, it activates nobody)
     */
    public Run run(int[] seeds, int run) {
        int size = spread(seeds, run);
        int depth = step[size - 1];
        int[] newByStep = new int[depth + 1];
        for (int i = 0; i < size; i++) {
            newByStep[step[i]]++;
        }
        // Tree over the activated accounts in activation order; several seeds hang from a virtual root.
        int offset = seeds.length > 1 ? 1 : 0;
        int[] tree = new int[size + offset];
        tree[0] = -1;
        for (int i = 0; i < size; i++) {
            tree[i + offset] = parent[i] < 0 ? (offset == 1 ? 0 : -1) : parent[i] + offset;
        }
        return new Run(size, depth, newByStep, StructuralVirality.ofParents(tree));
    }

    /** Accounts the seeds activate in the run, seeds included (seeds as for {@link #run}). */
    public int spread(int[] seeds, int run) {
        if (++stampValue == Integer.MAX_VALUE) {
            Arrays.fill(stamp, 0);
            stampValue = 1;
        }
        int tail = 0;
        for (int seed : seeds) {
            if (seed < 0 || stamp[seed] != stampValue) {
                if (seed >= 0) {
                    stamp[seed] = stampValue;
                }
                tail = enqueue(tail, seed, -1, 0);
            }
        }
        for (int head = 0; head < tail; head++) {
            int node = queue[head];
            if (node < 0) {
                continue;
            }
            for (int e = graph.firstEdge(node), end = graph.firstEdge(node + 1); e < end; e++) {
                int target = graph.target(e);
                if (stamp[target] != stampValue && coins.live(run, e, graph.probability(e))) {
                    stamp[target] = stampValue;
                    tail = enqueue(tail, target, head, step[head] + 1);
                }
            }
        }
        return tail;
    }

    /** Mean accounts activated over all runs: the Monte-Carlo estimate of the expected spread. */
    public double expectedSpread(int[] seeds) {
        long total = 0;
        for (int r = 0; r < coins.runs(); r++) {
            total += spread(seeds, r);
        }
        return (double) total / coins.runs();
    }

    private int enqueue(int tail, int node, int parentPosition, int atStep) {
        if (tail == queue.length) {
            queue = Arrays.copyOf(queue, tail * 2);
            parent = Arrays.copyOf(parent, tail * 2);
            step = Arrays.copyOf(step, tail * 2);
        }
        queue[tail] = node;
        parent[tail] = parentPosition;
        step[tail] = atStep;
        return tail + 1;
    }
}
