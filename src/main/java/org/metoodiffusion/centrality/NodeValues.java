package org.metoodiffusion.centrality;

import java.util.Arrays;
import java.util.Comparator;

/**
 * One value per projected node (a score, or a community id) by GDS node id, ordered by value,
 * highest first (NaN last), ties by node id. Names are not here: {@link NodeNames} reads them
 * for the nodes a page shows, so a computation never reads the names of all its nodes.
 */
final class NodeValues {

    private final long[] nodeIds;
    private final double[] values;

    private NodeValues(long[] nodeIds, double[] values) {
        this.nodeIds = nodeIds;
        this.values = values;
    }

    static NodeValues empty() {
        return new NodeValues(new long[0], new double[0]);
    }

    /** Orders unsorted columns of equal length. */
    static NodeValues sorted(long[] nodeIds, double[] values) {
        var order = new Integer[nodeIds.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        // Double.compare puts NaN above every number: reversed, NaN comes last.
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -values[i])
                .thenComparingLong(i -> nodeIds[i]));
        var sortedNodeIds = new long[order.length];
        var sortedValues = new double[order.length];
        for (int i = 0; i < order.length; i++) {
            sortedNodeIds[i] = nodeIds[order[i]];
            sortedValues[i] = values[order[i]];
        }
        return new NodeValues(sortedNodeIds, sortedValues);
    }

    int size() {
        return nodeIds.length;
    }

    long nodeId(int position) {
        return nodeIds[position];
    }

    double value(int position) {
        return values[position];
    }

    /** The node ids at positions {@code from} (inclusive) to {@code to} (exclusive). */
    long[] nodeIds(int from, int to) {
        return Arrays.copyOfRange(nodeIds, from, to);
    }

    /** The node's position in the order, or -1 if it has no value (a scan: for one node at a time). */
    int position(long nodeId) {
        for (int i = 0; i < nodeIds.length; i++) {
            if (nodeIds[i] == nodeId) {
                return i;
            }
        }
        return -1;
    }
}
