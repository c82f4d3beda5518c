package org.metoodiffusion.ingest.format;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.metoodiffusion.ingest.ImportItem;
import org.metoodiffusion.ingest.ImportSink;

/**
 * The items and flags of one record, held back until the record is known to be loadable: a
 * rejected record must deliver nothing. Identical items (the same author twice) are kept once.
 */
final class RecordItems {

    private final Set<ImportItem> items = new LinkedHashSet<>();
    private final List<String> flags = new ArrayList<>();

    void add(ImportItem item) {
        items.add(item);
    }

    void flag(String reason) {
        flags.add(reason);
    }

    /** Delivers the record to the sink and counts it as read. */
    void deliver(ImportSink sink, long line, String raw) {
        deliver(sink, line, () -> raw);
    }

    /** As {@link #deliver(ImportSink, long, String)}, the raw text made only if a flag reports it. */
    void deliver(ImportSink sink, long line, Supplier<String> raw) {
        items.forEach(sink::accept);
        flags.forEach(reason -> sink.flag(line, reason, raw.get()));
        sink.recordRead();
    }
}
