package org.metoodiffusion.ingest;

import java.util.ArrayList;
import java.util.List;

/** A sink that keeps everything a reader delivers, for assertions. Rejects and flags as "line:reason". */
public class RecordingSink implements ImportSink {

    public final List<ImportItem> items = new ArrayList<>();
    public final List<String> rejects = new ArrayList<>();
    public final List<String> flags = new ArrayList<>();
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
