package org.metoodiffusion.ingest;

/**
 * Where a format reader delivers what it read. Readers never throw for bad data: they reject the
 * record (nothing of it loads) or flag a field they could not trust (the record loads without it),
 * and go on with the next record.
 */
public interface ImportSink {

    /** One item of the current record; a record may give several (a tweet, its author, its quoted tweet...). */
    void accept(ImportItem item);

    /** The current record was read and its items delivered. */
    void recordRead();

    /**
     * The record at {@code line} cannot be loaded.
     *
     * @param reason what is wrong, for a person ("id mangled into a float: 9.8e+17")
     * @param raw    the raw text of the record (the sink shortens it)
     */
    void reject(long line, String reason, String raw);

    /** The record at {@code line} loads, but without the field {@code reason} describes (e.g. a mangled reply id). */
    void flag(long line, String reason, String raw);
}
