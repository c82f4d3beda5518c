package org.metoodiffusion.ingest;

import java.util.List;

import org.metoodiffusion.cypher.WriteCounts;

/** Where the items of each whole record go: batched graph writes, or the bulk importer's CSV files. */
public interface RecordConsumer {

    /** The items of one record that read whole. */
    void record(List<ImportItem> items);

    /** After the last record; returns what the writes changed in the graph (none if they come later). */
    WriteCounts finish();
}
