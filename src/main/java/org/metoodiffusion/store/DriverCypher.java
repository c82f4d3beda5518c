package org.metoodiffusion.store;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.metoodiffusion.cypher.Cypher;
import org.metoodiffusion.cypher.Query;
import org.metoodiffusion.cypher.QueryLibrary;
import org.metoodiffusion.cypher.WriteCounts;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.summary.SummaryCounters;

/** Cypher over Bolt, for an external server: each row's values converted to plain Java ones. */
final class DriverCypher implements Cypher {

    private final Driver driver;
    private final QueryLibrary queries;
    private final SessionConfig session;

    DriverCypher(Driver driver, QueryLibrary queries, String database) {
        this.driver = driver;
        this.queries = queries;
        this.session = SessionConfig.forDatabase(database);
    }

    @Override
    public void read(Query query, Map<String, Object> parameters, Consumer<Row> rows) {
        var statement = queries.get(query);
        try (var session = driver.session(this.session)) {
            session.executeRead(tx -> {
                accept(tx.run(statement, parameters), rows);
                return null;
            });
        }
    }

    @Override
    public WriteCounts write(Consumer<Statements> work) {
        try (var session = driver.session(this.session)) {
            return session.executeWrite(tx -> {
                var statements = new InTransaction(tx);
                work.accept(statements);
                return statements.counts;
            });
        }
    }

    @Override
    public <T> T inTransaction(Duration timeout, Map<String, Object> metadata, Function<Statements, T> work) {
        var config = TransactionConfig.builder().withTimeout(timeout).withMetadata(metadata).build();
        try (var session = driver.session(this.session); var tx = session.beginTransaction(config)) {
            T result = work.apply(new InTransaction(tx));
            tx.commit();
            return result;
        }
    }

    private static void accept(Result result, Consumer<Row> rows) {
        while (result.hasNext()) {
            rows.accept(row(result.next()));
        }
    }

    private static Row row(Record record) {
        return column -> record.get(column).asObject();
    }

    private static final class InTransaction implements Statements {
        private final SimpleQueryRunner tx;
        private WriteCounts counts = WriteCounts.NONE;

        InTransaction(SimpleQueryRunner tx) {
            this.tx = tx;
        }

        @Override
        public void run(String cypher, Map<String, Object> parameters) {
            count(tx.run(cypher, parameters).consume().counters());
        }

        @Override
        public List<Map<String, Object>> query(String cypher, Map<String, Object> parameters) {
            var result = tx.run(cypher, parameters);
            var rows = result.list(Record::asMap);
            count(result.consume().counters());
            return rows;
        }

        @Override
        public void stream(String cypher, Map<String, Object> parameters, Consumer<Row> rows) {
            var result = tx.run(cypher, parameters);
            accept(result, rows);
            count(result.consume().counters());
        }

        private void count(SummaryCounters counters) {
            counts = counts.plus(new WriteCounts(counters.nodesCreated(), counters.nodesDeleted(),
                    counters.relationshipsCreated(), counters.relationshipsDeleted(), counters.propertiesSet()));
        }
    }
}
