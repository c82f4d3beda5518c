package org.metoodiffusion.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.metoodiffusion.centrality.CentralityQuery;
import org.metoodiffusion.cypher.Cypher;
import org.metoodiffusion.cypher.QueryLibrary;
import org.metoodiffusion.support.EmptyGraphTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The embedded {@link Cypher}: longs stay exact, and a transaction's metadata is what
 * {@code SHOW TRANSACTIONS} sees, so a computation's transaction is found and terminated by
 * {@code terminate-computation.cypher}.
 */
class EmbeddedCypherTests extends EmptyGraphTest {

    @Autowired
    Cypher cypher;

    @Autowired
    QueryLibrary queries;

    @Test
    void isInProcessAndKeepsLongsExact() {
        assertThat(cypher).isInstanceOf(EmbeddedCypher.class);
        var counts = cypher.write(tx -> tx.run("CREATE (:Probe {id: '919659438700670976', n: 9007199254740993})",
                Map.of()));
        assertThat(counts.nodesCreated()).isEqualTo(1);
        var rows = cypher.transact(tx -> tx.query("MATCH (p:Probe) RETURN p.id AS id, p.n AS n", Map.of()));
        assertThat(rows).containsExactly(Map.of("id", "919659438700670976", "n", 9007199254740993L));
        var streamed = new ArrayList<Long>();
        cypher.inTransaction(Duration.ofSeconds(10), Map.of(), tx -> {
            tx.stream("MATCH (p:Probe) RETURN p.n AS n", Map.of(), row -> streamed.add(row.asLong("n")));
            return null;
        });
        assertThat(streamed).containsExactly(9007199254740993L);
    }

    @Test
    void aTransactionIsFoundByItsMetadataAndTerminated() throws Exception {
        var started = new CountDownLatch(1);
        var running = CompletableFuture.runAsync(() -> cypher.inTransaction(Duration.ofSeconds(30),
                Map.of("computation", "probe"), tx -> {
                    started.countDown();
                    // Runs until terminated: each row checks the transaction's state.
                    tx.stream("UNWIND range(1, 100000000) AS i RETURN i", Map.of(), row -> { });
                    return null;
                }));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(200);
        var terminated = cypher.transact(tx -> tx.query(queries.get(CentralityQuery.TERMINATE_COMPUTATION),
                Map.of("computation", "probe")));
        assertThat(terminated).hasSize(1);
        var failure = running.handle((ok, e) -> e).get(20, TimeUnit.SECONDS);
        assertThat(failure).as("the transaction ended by termination").isNotNull();
    }
}
