package org.metoodiffusion.centrality;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.metoodiffusion.cypher.Cypher;
import org.metoodiffusion.store.EmbeddedNeo4j;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Reads every projected node's value of an algorithm into {@link NodeValues}, in the computation's
 * own transaction. With the embedded database, for an algorithm that has a {@code mutate-*}
 * statement, GDS writes the values into the projection and they are taken from GDS's catalog in
 * one pass ({@link CatalogValues}); otherwise the rows {@code (nodeId, value)} of its
 * {@code stream-*} statement are streamed: in-process with the embedded database (for 10^5 rows
 * several times faster than over Bolt, where every row is packed and unpacked), over the driver
 * with an external server, whose catalog is not in this JVM.
 */
@Component
class ValueReader {

    private static final Logger LOG = LoggerFactory.getLogger(ValueReader.class);

    private final ObjectProvider<EmbeddedNeo4j> embedded;

    ValueReader(ObjectProvider<EmbeddedNeo4j> embedded) {
        this.embedded = embedded;
    }

    /** Whether GDS's catalog is in this JVM: the database is embedded. */
    boolean inProcess() {
        return embedded.getIfAvailable() != null;
    }

    /**
     * Runs {@code mutate} (a {@code mutate-*} statement) on projection {@code graphName} with
     * {@code config}, under a property name of its own (computations may share a kept projection),
     * and takes the values from the catalog; the property is removed whatever happens, as the
     * projection may be kept for the next computation. Embedded database only ({@link #inProcess}).
     */
    NodeValues readMutated(Cypher.Statements tx, String mutate, String graphName, Map<String, Object> config) {
        long started = System.nanoTime();
        var property = "metoo_" + UUID.randomUUID().toString().replace('-', '_');
        var withProperty = new HashMap<>(config);
        withProperty.put("mutateProperty", property);
        try {
            tx.query(mutate, Map.of("graphName", graphName, "config", withProperty));
            long computed = System.nanoTime();
            var columns = CatalogValues.read(graphName, property);
            long read = System.nanoTime();
            var values = NodeValues.sorted(columns.nodeIds(), columns.values());
            LOG.debug("{} values: algorithm (mutate) {} ms, read from the catalog {} ms, first positions ordered {} ms",
                    values.size(), (computed - started) / 1_000_000, (read - computed) / 1_000_000,
                    (System.nanoTime() - read) / 1_000_000);
            return values;
        } finally {
            CatalogValues.remove(graphName, property);
        }
    }

    /** Streams the rows {@code (nodeId, value)} of a {@code stream-*} statement. */
    NodeValues read(Cypher.Statements tx, String cypher, Map<String, Object> parameters, int capacity) {
        long started = System.nanoTime();
        var rows = new Rows(capacity);
        tx.stream(cypher, parameters, row -> rows.add(row.asLong("nodeId"), row.asDouble("value")));
        long streamed = System.nanoTime();
        var values = NodeValues.sorted(Arrays.copyOf(rows.nodeIds, rows.count), Arrays.copyOf(rows.values, rows.count));
        LOG.debug("{} values: algorithm and stream {} ms, first positions ordered {} ms", rows.count,
                (streamed - started) / 1_000_000, (System.nanoTime() - streamed) / 1_000_000);
        return values;
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
