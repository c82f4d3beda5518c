package org.metoodiffusion.centrality;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The id and username of a result's nodes, read when a page first shows them and kept with the
 * result (so the cached top-k needs no query): a cold top-100 reads 100 names, not one per
 * projected node.
 */
final class NodeNames {

    /** A node's id (account id, or post id) and username (the account's, or the post author's). */
    record Name(String id, String username) {
        static final Name UNKNOWN = new Name(null, null);
    }

    private final Function<long[], Map<Long, Name>> reader;
    private final Map<Long, Name> known = new ConcurrentHashMap<>();

    /** @param reader reads the names of GDS node ids (nodes it does not find are left out) */
    NodeNames(Function<long[], Map<Long, Name>> reader) {
        this.reader = reader;
    }

    /** The names of {@code nodeIds}, in that order. */
    Name[] of(long[] nodeIds) {
        var missing = java.util.Arrays.stream(nodeIds).filter(nodeId -> !known.containsKey(nodeId)).toArray();
        if (missing.length > 0) {
            var read = reader.apply(missing);
            for (long nodeId : missing) {
                known.put(nodeId, read.getOrDefault(nodeId, Name.UNKNOWN));
            }
        }
        var names = new Name[nodeIds.length];
        for (int i = 0; i < nodeIds.length; i++) {
            names[i] = known.get(nodeIds[i]);
        }
        return names;
    }

    Name of(long nodeId) {
        return of(new long[] {nodeId})[0];
    }
}
