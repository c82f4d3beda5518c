package org.metoodiffusion.store;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.summary.SummaryCounters;

/** Writes over Bolt, for an external server (or a running embedded one reached by its address). */
final class DriverWriteTarget implements WriteTarget {

    private final Driver driver;
    private final String database;

    DriverWriteTarget(Driver driver, String database) {
        this.driver = driver;
        this.database = database;
    }

    @Override
    public WriteCounts inTransaction(Consumer<Statements> work) {
        try (var session = driver.session(SessionConfig.forDatabase(database))) {
            return session.executeWrite(tx -> {
                var counts = new WriteCounts[] {WriteCounts.NONE};
                work.accept(new Statements() {
                    @Override
                    public void run(String cypher, Map<String, Object> parameters) {
                        counts[0] = counts[0].plus(of(tx.run(cypher, parameters).consume().counters()));
                    }

                    @Override
                    public List<Map<String, Object>> query(String cypher, Map<String, Object> parameters) {
                        var result = tx.run(cypher, parameters);
                        var rows = result.list(row -> row.asMap());
                        counts[0] = counts[0].plus(of(result.consume().counters()));
                        return rows;
                    }
                });
                return counts[0];
            });
        }
    }

    private static WriteCounts of(SummaryCounters counters) {
        return new WriteCounts(counters.nodesCreated(), counters.nodesDeleted(), counters.relationshipsCreated(),
                counters.relationshipsDeleted(), counters.propertiesSet());
    }
}
