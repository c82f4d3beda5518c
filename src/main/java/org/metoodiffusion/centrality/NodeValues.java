package org.metoodiffusion.centrality;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/**
 * One value per node (a score, or a community id), with the node's id and username, ordered by
 * value, highest first, ties by id; found by id in constant time.
 */
final class NodeValues {

    private final long[] nodeIds;
    private final String[] ids;
    private final String[] usernames;
    private final double[] values;
    private final Map<String, Integer> positions;

    private NodeValues(long[] nodeIds, String[] ids, String[] usernames, double[] values) {
        this.nodeIds = nodeIds;
        this.ids = ids;
        this.usernames = usernames;
        this.values = values;
        this.positions = new HashMap<>(ids.length * 2);
        for (int i = 0; i < ids.length; i++) {
            positions.put(ids[i], i);
        }
    }

    static NodeValues empty() {
        return new NodeValues(new long[0], new String[0], new String[0], new double[0]);
    }

    /** Orders unsorted columns of equal length. */
    static NodeValues sorted(long[] nodeIds, String[] ids, String[] usernames, double[] values) {
        var order = new Integer[ids.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -values[i]).thenComparing(i -> ids[i],
                Comparator.nullsLast(Comparator.naturalOrder())));
        var sortedNodeIds = new long[order.length];
        var sortedIds = new String[order.length];
        var sortedUsernames = new String[order.length];
        var sortedValues = new double[order.length];
        for (int i = 0; i < order.length; i++) {
            sortedNodeIds[i] = nodeIds[order[i]];
            sortedIds[i] = ids[order[i]];
            sortedUsernames[i] = usernames[order[i]];
            sortedValues[i] = values[order[i]];
        }
        return new NodeValues(sortedNodeIds, sortedIds, sortedUsernames, sortedValues);
    }

    int size() {
        return ids.length;
    }

    long nodeId(int position) {
        return nodeIds[position];
    }

    String id(int position) {
        return ids[position];
    }

    String username(int position) {
        return usernames[position];
    }

    double value(int position) {
        return values[position];
    }

    /** The node's position in the order, or -1 if it has no value. */
    int position(String id) {
        return positions.getOrDefault(id, -1);
    }
}
