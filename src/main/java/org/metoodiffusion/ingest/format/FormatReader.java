package org.metoodiffusion.ingest.format;

import java.io.IOException;
import java.util.List;

import org.metoodiffusion.ingest.ImportInput;
import org.metoodiffusion.ingest.ImportSink;

/**
 * Reads one input format. Implementations are stateless and know only their format; detection
 * asks each in turn whether the first lines of an input look like theirs.
 */
public interface FormatReader {

    /** The name given to {@code --format} (e.g. {@code twitter-v1}, {@code twarc2}, {@code snap}). */
    String name();

    /**
     * Whether an input whose first non-blank lines are {@code head} (up to 5, decoded as UTF-8, each
     * possibly cut at 64 KB) is in this format. Must be cheap and must not throw.
     */
    boolean sniff(List<String> head);

    /**
     * Reads every record of {@code input} into {@code sink}. Bad records are rejected through the
     * sink and reading goes on; only an I/O failure of the input itself may throw.
     */
    void read(ImportInput input, ImportSink sink) throws IOException;

    /**
     * For an input starting with {@code head}: how to read it line by line when every line is a
     * record on its own, so the lines can be read on several threads; null when records depend
     * on the lines before them (headers, documents spanning lines).
     */
    default LineReader lineReader(List<String> head) {
        return null;
    }
}
