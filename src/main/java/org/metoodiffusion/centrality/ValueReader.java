package org.metoodiffusion.centrality;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.metoodiffusion.store.EmbeddedNeo4j;
import org.neo4j.driver.Transaction;
import org.neo4j.kernel.impl.coreapi.InternalTransaction;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Reads the rows {@code (nodeId, value)} of a {@code stream-*} statement into {@link NodeValues}.
 * With the embedded database it reads them through the embedded API (a transaction of its own,
 * on the same GDS catalog graph): for 10^5 rows several times faster than the same statement over
 * Bolt, where every row is packed and unpacked. With an external server, through the computation's
 * transaction.
 */
@Component
class ValueReader {

    private final ObjectProvider<EmbeddedNeo4j> embedded;

    ValueReader(ObjectProvider<EmbeddedNeo4j> embedded) {
        this.embedded = embedded;
    }

    NodeValues read(Transaction tx, String cypher, Map<String, Object> parameters, int capacity, Duration timeout,
            String computation) {
        var rows = new Rows(capacity);
        var database = embedded.getIfAvailable();
        if (database == null) {
            var result = tx.run(cypher, parameters);
            while (result.hasNext()) {
                var row = result.next();
                rows.add(row.get(0).asLong(), row.get(1).isNull() ? Double.NaN : row.get(1).asDouble());
            }
        } else {
            try (var embeddedTx = database.database().beginTx(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                // Found and terminated with the computation's own transaction on timeout.
                ((InternalTransaction) embeddedTx).setMetaData(Map.of("computation", computation));
                embeddedTx.execute(cypher, parameters).accept(row -> {
                    var value = row.getNumber("value");
                    rows.add(row.getNumber("nodeId").longValue(), value == null ? Double.NaN : value.doubleValue());
                    return true;
                });
                embeddedTx.commit();
            }
        }
        return NodeValues.sorted(Arrays.copyOf(rows.nodeIds, rows.count), Arrays.copyOf(rows.values, rows.count));
    }

    private static final class Rows {
        private long[] nodeIds;
        private double[] values;
        private int count;

        Rows(int capacity) {
            nodeIds = new long[Math.max(capacity, 16)];
            values = new double[nodeIds.length];
        }

        void add(long nodeId, double value) {
            if (count == nodeIds.length) {
                nodeIds = Arrays.copyOf(nodeIds, count * 2);
                values = Arrays.copyOf(values, count * 2);
            }
            nodeIds[count] = nodeId;
            values[count++] = value;
        }
    }
}
