package org.metoodiffusion.ingest;

import java.util.ArrayList;
import java.util.List;

/** A sink for tests: keeps everything it is given; rejects and flags as {@code "line:reason"}. */
public class RecordingSink implements ImportSink {

    public List<ImportItem> items = new ArrayList<>();
    public List<String> rejects = new ArrayList<>();
    public List<String> flags = new ArrayList<>();
    public int records;

    @Override
    public void accept(ImportItem item) {
        items.add(item);
    }

    @Override
    public void recordRead() {
        records++;
    }

    @Override
    public void reject(long line, String reason, String raw) {
        rejects.add(line + ":" + reason);
    }

    @Override
    public void flag(long line, String reason, String raw) {
        flags.add(line + ":" + reason);
    }
}
