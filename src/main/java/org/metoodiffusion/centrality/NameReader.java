package org.metoodiffusion.centrality;

import java.util.HashMap;
import java.util.Map;

import org.metoodiffusion.cypher.Cypher;
import org.springframework.stereotype.Component;

/** Reads the id and username behind GDS node ids ({@code names-accounts}, {@code names-posts}). */
@Component
class NameReader {

    private final Cypher cypher;

    NameReader(Cypher cypher) {
        this.cypher = cypher;
    }

    /** A memo of the names of one result's nodes at {@code level}. */
    NodeNames names(Level level) {
        return new NodeNames(nodeIds -> read(level, nodeIds));
    }

    Map<Long, NodeNames.Name> read(Level level, long[] nodeIds) {
        var names = new HashMap<Long, NodeNames.Name>(nodeIds.length * 2);
        cypher.read(level.namesQuery(), Map.of("nodeIds", java.util.Arrays.stream(nodeIds).boxed().toList()),
                row -> names.put(row.asLong("nodeId"), new NodeNames.Name(row.string("id"), row.string("username"))));
        return names;
    }
}
