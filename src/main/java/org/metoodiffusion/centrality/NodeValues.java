package org.metoodiffusion.centrality;

import java.util.Arrays;

/**
 * One value per projected node (a score, or a community id) by GDS node id, ordered by value,
 * highest first (NaN last), ties by node id. Names are not here: {@link NodeNames} reads them
 * for the nodes a page shows, so a computation never reads the names of all its nodes.
 * <p>Only the first {@value #EAGER} positions are ordered at once (a bounded heap, O(n log k)),
 * which is what the first pages need; the rest is ordered when first asked for (a deeper page,
 * the distribution, an account's rank, write mode, communities): on the Higgs-sized graph the
 * full order of 256,491 values was a fair part of a request on a kept projection.
 */
final class NodeValues {

    /** Positions ordered when the values arrive. */
    static final int EAGER = 1_000;

    private final int size;
    /** The columns as they came, until the full order is made (then null). */
    private long[] unorderedNodeIds;
    private double[] unorderedValues;
    /** The first positions in order, or all of them once {@link #ordered()} ran. */
    private volatile long[] nodeIds;
    private volatile double[] values;

    private NodeValues(long[] nodeIds, double[] values, long[] unorderedNodeIds, double[] unorderedValues) {
        this.size = unorderedNodeIds == null ? nodeIds.length : unorderedNodeIds.length;
        this.nodeIds = nodeIds;
        this.values = values;
        this.unorderedNodeIds = unorderedNodeIds;
        this.unorderedValues = unorderedValues;
    }

    static NodeValues empty() {
        return new NodeValues(new long[0], new double[0], null, null);
    }

    /** Orders unsorted columns of equal length (the first {@value #EAGER} positions now, the rest on demand). */
    static NodeValues sorted(long[] nodeIds, double[] values) {
        var order = new Order(nodeIds, values);
        if (nodeIds.length <= 2 * EAGER) {
            var all = order.all();
            return new NodeValues(order.nodeIds(all), order.values(all), null, null);
        }
        var top = order.top(EAGER);
        return new NodeValues(order.nodeIds(top), order.values(top), nodeIds, values);
    }

    int size() {
        return size;
    }

    long nodeId(int position) {
        var known = nodeIds;
        return position < known.length ? known[position] : ordered().nodeIds[position];
    }

    double value(int position) {
        var known = values;
        return position < known.length ? known[position] : ordered().values[position];
    }

    /** The node ids at positions {@code from} (inclusive) to {@code to} (exclusive). */
    long[] nodeIds(int from, int to) {
        var known = to <= nodeIds.length ? nodeIds : ordered().nodeIds;
        return Arrays.copyOfRange(known, from, to);
    }

    /** The node's position in the order, or -1 if it has no value (a scan: for one node at a time). */
    int position(long nodeId) {
        var all = ordered().nodeIds;
        for (int i = 0; i < all.length; i++) {
            if (all[i] == nodeId) {
                return i;
            }
        }
        return -1;
    }

    /** Makes the full order once; {@link #nodeIds} and {@link #values} hold every position afterwards. */
    private synchronized NodeValues ordered() {
        if (unorderedNodeIds != null) {
            var order = new Order(unorderedNodeIds, unorderedValues);
            var all = order.all();
            var orderedValues = order.values(all);
            nodeIds = order.nodeIds(all);
            values = orderedValues;
            unorderedNodeIds = null;
            unorderedValues = null;
        }
        return this;
    }

    /**
     * The order of positions in the columns, on primitives (no boxing): by value highest first,
     * NaN last (as {@code Double.compare} of the negated values puts it), then by node id.
     */
    private record Order(long[] nodeIds, double[] values) {

        /** Whether position {@code a} comes before position {@code b}. */
        boolean before(int a, int b) {
            int byValue = Double.compare(-values[a], -values[b]);
            return byValue < 0 || byValue == 0 && nodeIds[a] < nodeIds[b];
        }

        int[] all() {
            var positions = new int[nodeIds.length];
            for (int i = 0; i < positions.length; i++) {
                positions[i] = i;
            }
            mergeSort(positions, positions.clone(), 0, positions.length);
            return positions;
        }

        /** The first {@code k} positions in order: a heap whose root is the last of those kept so far. */
        int[] top(int k) {
            var heap = new int[k];
            for (int i = 0; i < k; i++) {
                heap[i] = i;
                siftUp(heap, i);
            }
            for (int i = k; i < nodeIds.length; i++) {
                if (before(i, heap[0])) {
                    heap[0] = i;
                    siftDown(heap, k);
                }
            }
            mergeSort(heap, heap.clone(), 0, k);
            return heap;
        }

        private void siftUp(int[] heap, int child) {
            while (child > 0) {
                int parent = (child - 1) / 2;
                if (!before(heap[parent], heap[child])) {
                    return;
                }
                swap(heap, parent, child);
                child = parent;
            }
        }

        private void siftDown(int[] heap, int size) {
            int parent = 0;
            while (true) {
                int later = parent;
                for (int child = 2 * parent + 1; child <= 2 * parent + 2 && child < size; child++) {
                    if (before(heap[later], heap[child])) {
                        later = child;
                    }
                }
                if (later == parent) {
                    return;
                }
                swap(heap, parent, later);
                parent = later;
            }
        }

        private static void swap(int[] array, int a, int b) {
            int kept = array[a];
            array[a] = array[b];
            array[b] = kept;
        }

        /** Sorts {@code positions[from, to)}; {@code copy} holds the same positions on entry. */
        private void mergeSort(int[] positions, int[] copy, int from, int to) {
            if (to - from <= 16) {
                for (int i = from + 1; i < to; i++) {
                    int moving = positions[i];
                    int j = i;
                    for (; j > from && before(moving, positions[j - 1]); j--) {
                        positions[j] = positions[j - 1];
                    }
                    positions[j] = moving;
                }
                return;
            }
            int middle = (from + to) >>> 1;
            // Sorts the halves of copy (using positions as scratch), then merges them into positions.
            mergeSort(copy, positions, from, middle);
            mergeSort(copy, positions, middle, to);
            for (int out = from, left = from, right = middle; out < to; out++) {
                positions[out] = right >= to || left < middle && !before(copy[right], copy[left]) ? copy[left++]
                        : copy[right++];
            }
        }

        long[] nodeIds(int[] positions) {
            var column = new long[positions.length];
            for (int i = 0; i < positions.length; i++) {
                column[i] = nodeIds[positions[i]];
            }
            return column;
        }

        double[] values(int[] positions) {
            var column = new double[positions.length];
            for (int i = 0; i < positions.length; i++) {
                column[i] = values[positions[i]];
            }
            return column;
        }
    }
}
