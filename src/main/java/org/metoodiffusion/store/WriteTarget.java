package org.metoodiffusion.store;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * Where batches are written: each call of {@link #inTransaction} is one transaction, committed
 * when the work returns, so that an interrupted import keeps every batch it finished.
 */
public interface WriteTarget {

    /** Runs {@code work} in one write transaction, commits, and returns what it changed. */
    WriteCounts inTransaction(Consumer<Statements> work);

    /**
     * The last committed transaction id of an embedded database (see {@link GraphVersion}); empty
     * for a server, which offers no such cheap signal.
     */
    default OptionalLong lastCommittedTransaction() {
        return OptionalLong.empty();
    }

    /** Runs statements inside the current transaction. */
    interface Statements {

        /** Runs a write statement. */
        void run(String cypher, Map<String, Object> parameters);

        /** Runs a statement and returns its rows. */
        List<Map<String, Object>> query(String cypher, Map<String, Object> parameters);
    }
}
