package org.metoodiffusion.cypher;

/** What writes changed in the graph, summed from Neo4j's query statistics. */
public record WriteCounts(long nodesCreated, long nodesDeleted, long relationshipsCreated,
        long relationshipsDeleted, long propertiesSet) {

    public static final WriteCounts NONE = new WriteCounts(0, 0, 0, 0, 0);

    public WriteCounts plus(WriteCounts other) {
        return new WriteCounts(nodesCreated + other.nodesCreated, nodesDeleted + other.nodesDeleted,
                relationshipsCreated + other.relationshipsCreated, relationshipsDeleted + other.relationshipsDeleted,
                propertiesSet + other.propertiesSet);
    }
}
