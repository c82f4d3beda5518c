package org.metoodiffusion.ingest.format;

import java.util.ArrayList;
import java.util.List;

import org.metoodiffusion.ingest.ImportSink;

/**
 * The flags of one record, held back until the record is known to load: a rejected record gets
 * its reject only, not also flags about fields that did not load anyway.
 */
final class RecordFlags {

    private final List<String> reasons = new ArrayList<>();

    /** The value of {@code checked}, flagging its problem (prefixed by the field name) if it has one. */
    <T> T take(Values.Checked<T> checked, String field) {
        if (checked.bad()) {
            add(field + ": " + checked.problem() + "; loaded without it");
        }
        return checked.value();
    }

    void add(String reason) {
        reasons.add(reason);
    }

    void sendTo(ImportSink sink, long line, String raw) {
        reasons.forEach(reason -> sink.flag(line, reason, raw));
    }
}
