package org.metoodiffusion.centrality;

import java.util.function.Supplier;

import org.metoodiffusion.cypher.QueryLibrary;
import org.metoodiffusion.store.EmbeddedNeo4j;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.storageengine.api.TransactionIdStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What cached results are keyed on, so that any import (any committed write) makes the next
 * request recompute. Embedded: the database's last committed transaction id, read in-process (a
 * few nanoseconds, exact). External server, where Cypher does not expose it: node and
 * relationship counts from the count store (an import that adds nothing changes nothing a
 * projection would see).
 */
@Component
class GraphVersion {

    private final Supplier<Object> current;

    GraphVersion(ObjectProvider<EmbeddedNeo4j> embedded, Driver driver, QueryLibrary queries,
            @Value("${metoo.neo4j.database:neo4j}") String database) {
        var local = embedded.getIfAvailable();
        if (local != null) {
            var store = ((GraphDatabaseAPI) local.database()).getDependencyResolver()
                    .resolveDependency(TransactionIdStore.class);
            this.current = store::getLastCommittedTransactionId;
        } else {
            var config = QueryConfig.builder().withDatabase(database).build();
            var fingerprint = queries.get("centrality/graph-fingerprint");
            this.current = () -> driver.executableQuery(fingerprint).withConfig(config).execute().records().get(0)
                    .asMap();
        }
    }

    /** A value equal to an earlier one exactly when the graph has not changed since (embedded). */
    Object current() {
        return current.get();
    }
}
