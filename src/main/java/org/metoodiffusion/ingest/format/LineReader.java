package org.metoodiffusion.ingest.format;

import org.metoodiffusion.ingest.ImportInput;
import org.metoodiffusion.ingest.ImportSink;

/**
 * Reads one line of a format whose records are single lines (JSONL, edge lists). It keeps no
 * state between lines, so lines may be read on several threads; see {@link FormatReader#lineReader}.
 */
@FunctionalInterface
public interface LineReader {

    /** Reads {@code line} (readable or not) into {@code sink}: its records, rejects and flags. */
    void readLine(ImportInput.Line line, ImportSink sink);

    /** Reads every line of {@code input} in order, on this thread. */
    default void readAll(ImportInput input, ImportSink sink) {
        for (var line : input.lines()) {
            readLine(line, sink);
        }
    }
}
