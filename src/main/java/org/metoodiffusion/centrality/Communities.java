package org.metoodiffusion.centrality;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The communities of a community measure: largest first (ties by id), members ordered by GDS node id. */
final class Communities {

    private final List<Long> order;
    private final Map<Long, int[]> members;

    Communities(NodeValues values) {
        var byCommunity = new HashMap<Long, List<Integer>>();
        for (int i = 0; i < values.size(); i++) {
            byCommunity.computeIfAbsent((long) values.value(i), id -> new ArrayList<>()).add(i);
        }
        this.members = new HashMap<>();
        byCommunity.forEach((community, positions) -> {
            positions.sort(Comparator.comparingLong(values::nodeId));
            members.put(community, positions.stream().mapToInt(Integer::intValue).toArray());
        });
        var ids = new ArrayList<>(members.keySet());
        ids.sort(Comparator.<Long>comparingInt(id -> -members.get(id).length).thenComparing(id -> id));
        this.order = List.copyOf(ids);
    }

    int count() {
        return order.size();
    }

    long id(int rank) {
        return order.get(rank);
    }

    int size(long community) {
        var positions = members.get(community);
        return positions == null ? 0 : positions.length;
    }

    /** Positions (in {@link NodeValues}) of the members, ordered by node id; empty for an unknown community. */
    int[] members(long community) {
        return members.getOrDefault(community, new int[0]);
    }
}
