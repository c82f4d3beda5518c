package org.metoodiffusion.ingest;

import java.util.function.Consumer;

import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryStatistics;

/** Writes in-process to the embedded database: no Bolt round trips, about twice as fast. */
final class EmbeddedWriteTarget implements WriteTarget {

    private final GraphDatabaseService database;

    EmbeddedWriteTarget(GraphDatabaseService database) {
        this.database = database;
    }

    @Override
    public WriteCounts inTransaction(Consumer<Statements> work) {
        var counts = new WriteCounts[] {WriteCounts.NONE};
        try (var tx = database.beginTx()) {
            work.accept((cypher, parameters) -> {
                try (var result = tx.execute(cypher, parameters)) {
                    result.accept(row -> true);
                    counts[0] = counts[0].plus(of(result.getQueryStatistics()));
                }
            });
            tx.commit();
        }
        return counts[0];
    }

    private static WriteCounts of(QueryStatistics statistics) {
        return new WriteCounts(statistics.getNodesCreated(), statistics.getNodesDeleted(),
                statistics.getRelationshipsCreated(), statistics.getRelationshipsDeleted(),
                statistics.getPropertiesSet());
    }
}
