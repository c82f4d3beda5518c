package org.metoodiffusion.store;

import java.util.OptionalLong;

import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.storageengine.api.TransactionIdStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Which state of the graph a result was computed on: the embedded database's last closed
 * transaction id, which every write (an import, a Cypher statement in cypher-shell) moves on. Results
 * cached under it are valid exactly until the next write. Closed, not merely committed: a
 * transaction counts as committed before its writes reach the store, so a read in that gap would
 * see the old graph under the new id; a write returns to its caller only once closed. An external server offers no such cheap
 * signal, so there nothing is cached. Read on every cached request: the transaction id store is
 * looked up once, then it is one volatile read.
 */
@Component
public class GraphVersion {

    private final ObjectProvider<EmbeddedNeo4j> embedded;
    private volatile TransactionIdStore transactions;
    private volatile boolean external;
    private volatile long[] derivedOnly;
    /** Reads what the last build of derived data recorded ({@link #derivedOnly}), once, before the first answer. */
    private volatile Runnable derivedRecord;

    GraphVersion(ObjectProvider<EmbeddedNeo4j> embedded) {
        this.embedded = embedded;
    }

    /**
     * The version of the data, or empty when the database is not embedded: the last closed
     * transaction id, except that after a build of derived data ({@link #derivedOnly}) it is still
     * the id from before the build, so results cached on the data outlive the build.
     */
    public OptionalLong current() {
        var record = derivedRecord;
        if (record != null) {
            loadDerivedRecord(record);
        }
        var committed = lastClosed();
        var derived = derivedOnly;
        return committed.isPresent() && derived != null && derived[0] == committed.getAsLong()
                ? OptionalLong.of(derived[1]) : committed;
    }

    /** The last closed transaction id, or empty when the database is not embedded. */
    public OptionalLong lastClosed() {
        var store = transactions;
        if (store == null && !external) {
            store = lookUp();
        }
        return store == null ? OptionalLong.empty() : OptionalLong.of(store.getLastClosedTransactionId());
    }

    /**
     * Says that the commits from {@code dataVersion} up to {@code committed} only wrote derived
     * data: while {@code committed} is the last committed id, {@link #current()} stays {@code dataVersion}.
     */
    public void derivedOnly(long committed, long dataVersion) {
        derivedOnly = new long[] {committed, dataVersion};
    }

    /**
     * Registers how to read the record the last build of derived data left in the store, which
     * calls {@link #derivedOnly}. It is read before the first version is given out: else the first
     * answers after start would carry the build's own transaction id, and a result or projection
     * kept under it would be thrown away as stale as soon as the record was read.
     */
    public void readDerivedRecordWith(Runnable reader) {
        derivedRecord = reader;
    }

    /** Once: an external server has no derived data, and later callers find nothing to load. */
    private synchronized void loadDerivedRecord(Runnable record) {
        if (derivedRecord != record) {
            return;
        }
        if (lastClosed().isPresent()) {
            record.run();
        }
        derivedRecord = null;
    }

    private TransactionIdStore lookUp() {
        EmbeddedNeo4j database = embedded.getIfAvailable();
        if (database == null) {
            external = true;
            return null;
        }
        var api = (GraphDatabaseAPI) database.database();
        transactions = api.getDependencyResolver().resolveDependency(TransactionIdStore.class);
        return transactions;
    }
}
