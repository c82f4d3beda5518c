package org.metoodiffusion.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

import org.metoodiffusion.cypher.Cypher;
import org.metoodiffusion.cypher.Query;
import org.metoodiffusion.cypher.QueryLibrary;
import org.metoodiffusion.cypher.WriteCounts;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.storageengine.api.TransactionIdStore;
import org.neo4j.graphdb.QueryStatistics;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.neo4j.kernel.impl.coreapi.InternalTransaction;

/** Cypher in-process on the embedded database: no Bolt round trips, no packing and unpacking of rows. */
public final class EmbeddedCypher implements Cypher {

    private final GraphDatabaseService database;
    private final QueryLibrary queries;
    private volatile TransactionIdStore transactions;

    public EmbeddedCypher(GraphDatabaseService database, QueryLibrary queries) {
        this.database = database;
        this.queries = queries;
    }

    @Override
    public void read(Query query, Map<String, Object> parameters, Consumer<Row> rows) {
        database.executeTransactionally(queries.get(query), parameters, result -> {
            accept(result, rows);
            return null;
        });
    }

    @Override
    public OptionalLong lastCommittedTransaction() {
        var store = transactions;
        if (store == null) {
            // Looked up once: the transactional import asks before and after every batch.
            store = ((GraphDatabaseAPI) database).getDependencyResolver().resolveDependency(TransactionIdStore.class);
            transactions = store;
        }
        return OptionalLong.of(store.getLastCommittedTransactionId());
    }

    @Override
    public WriteCounts write(Consumer<Statements> work) {
        try (var tx = database.beginTx()) {
            var statements = new InTransaction(tx);
            work.accept(statements);
            tx.commit();
            return statements.counts;
        }
    }

    @Override
    public <T> T inTransaction(Duration timeout, Map<String, Object> metadata, Function<Statements, T> work) {
        try (var tx = database.beginTx(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            // Shown by SHOW TRANSACTIONS as metaData, where a terminating statement finds it.
            ((InternalTransaction) tx).setMetaData(metadata);
            T result = work.apply(new InTransaction(tx));
            tx.commit();
            return result;
        }
    }

    private static void accept(Result result, Consumer<Row> rows) {
        result.accept(row -> {
            rows.accept(row::get);
            return true;
        });
    }

    private static final class InTransaction implements Statements {
        private final Transaction tx;
        private WriteCounts counts = WriteCounts.NONE;

        InTransaction(Transaction tx) {
            this.tx = tx;
        }

        @Override
        public void run(String cypher, Map<String, Object> parameters) {
            try (var result = tx.execute(cypher, parameters)) {
                result.accept(row -> true);
                count(result);
            }
        }

        @Override
        public List<Map<String, Object>> query(String cypher, Map<String, Object> parameters) {
            var rows = new ArrayList<Map<String, Object>>();
            try (var result = tx.execute(cypher, parameters)) {
                result.forEachRemaining(row -> rows.add(Collections.unmodifiableMap(new HashMap<>(row))));
                count(result);
            }
            return rows;
        }

        @Override
        public void stream(String cypher, Map<String, Object> parameters, Consumer<Row> rows) {
            try (var result = tx.execute(cypher, parameters)) {
                accept(result, rows);
                count(result);
            }
        }

        private void count(Result result) {
            QueryStatistics statistics = result.getQueryStatistics();
            counts = counts.plus(new WriteCounts(statistics.getNodesCreated(), statistics.getNodesDeleted(),
                    statistics.getRelationshipsCreated(), statistics.getRelationshipsDeleted(),
                    statistics.getPropertiesSet()));
        }
    }
}
