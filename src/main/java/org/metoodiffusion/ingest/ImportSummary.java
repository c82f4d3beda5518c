package org.metoodiffusion.ingest;

import java.time.Duration;
import java.util.Map;

import org.metoodiffusion.cypher.WriteCounts;

/**
 * What an import did.
 *
 * @param inputs   inputs read
 * @param records  records read and loaded
 * @param rejected records rejected (nothing of them loaded)
 * @param flagged  records loaded without a field that could not be trusted
 * @param items    items by kind (posts, accounts, interactions, follows) as read, before de-duplication
 * @param writes   what the writes changed in the graph
 * @param elapsed  wall time
 */
public record ImportSummary(int inputs, long records, long rejected, long flagged, Map<String, Long> items,
        WriteCounts writes, Duration elapsed) {

    /**
     * The same reading, for a bulk import: the new database's {@code nodes} and {@code relationships}
     * (the offline importer's, the seed story's and the settling's, all created by this import), and
     * the provisional accounts the settling merged.
     */
    public ImportSummary createdInBulk(long nodes, long relationships, WriteCounts settled) {
        return new ImportSummary(inputs, records, rejected, flagged, items, new WriteCounts(nodes,
                settled.nodesDeleted(), relationships, settled.relationshipsDeleted(), 0), elapsed);
    }

    public double recordsPerSecond() {
        double seconds = Math.max(elapsed.toNanos() / 1e9, 1e-9);
        return records / seconds;
    }

    /** Human-readable lines for the end of an import. */
    public String describe() {
        return String.format("""
                Read %,d record(s) from %d input(s) in %.1f s (%,.0f records/s); rejected %,d, flagged %,d.
                Items: %s.
                Graph: %,d nodes and %,d relationships created%s%s.""",
                records, inputs, elapsed.toMillis() / 1000.0, recordsPerSecond(), rejected, flagged, items,
                writes.nodesCreated(), writes.relationshipsCreated(),
                writes.propertiesSet() > 0 ? String.format(", %,d properties set", writes.propertiesSet()) : "",
                writes.nodesDeleted() > 0 ? String.format(", %,d provisional account(s) merged into their ids",
                        writes.nodesDeleted()) : "");
    }
}
