package org.metoodiffusion.ingest;

import java.util.List;

import org.metoodiffusion.cypher.Cypher;
import org.metoodiffusion.cypher.QueryLibrary;
import org.metoodiffusion.cypher.WriteCounts;

/**
 * The transactional path: records gathered into batches of {@code batchSize}, each written as its
 * own transaction, so an interrupted import keeps every batch it finished; origins credited at the
 * end.
 */
final class BatchedGraphWrites implements RecordConsumer {

    private final GraphWriter writer;
    private final int batchSize;
    private ItemBatch batch = new ItemBatch();
    private int records;
    private WriteCounts writes = WriteCounts.NONE;

    BatchedGraphWrites(Cypher target, QueryLibrary queries, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be positive, was " + batchSize);
        }
        this.writer = new GraphWriter(target, queries);
        this.batchSize = batchSize;
    }

    @Override
    public void record(List<ImportItem> items) {
        items.forEach(batch::add);
        if (++records >= batchSize) {
            flush();
        }
    }

    @Override
    public WriteCounts finish() {
        flush();
        return writes.plus(writer.creditOrigins());
    }

    private void flush() {
        writes = writes.plus(writer.write(batch));
        batch = new ItemBatch();
        records = 0;
    }
}
