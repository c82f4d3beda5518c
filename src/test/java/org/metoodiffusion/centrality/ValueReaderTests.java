package org.metoodiffusion.centrality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.metoodiffusion.cypher.Cypher;
import org.metoodiffusion.cypher.QueryLibrary;
import org.metoodiffusion.support.EmptyGraphTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The two ways values come out of GDS on the embedded database, on one projection of a real graph:
 * mutate and the in-process catalog read ({@link CatalogValues}) against the stream of a row per
 * node, the path through a driver. Same nodes, same values, and no property left in the projection.
 */
class ValueReaderTests extends EmptyGraphTest {

    private static final Duration TIMEOUT = Duration.ofMinutes(2);
    private static final String GRAPH = "value-reader-tests";

    @Autowired
    Cypher cypher;

    @Autowired
    ValueReader reader;

    private final QueryLibrary queries = new QueryLibrary();
    private long nodes;

    /** 300 accounts, 900 retweets in a scrambled pattern (pairs repeat: weights), some accounts left alone. */
    @BeforeEach
    void project() {
        driver.executableQuery("UNWIND range(0, 299) AS i CREATE (:Account {id: toString(i)})").execute();
        driver.executableQuery("""
                UNWIND range(0, 899) AS e
                MATCH (s:Account {id: toString((e * 7919) % 280)}), (t:Account {id: toString((e * e * 31 + 13) % 250)})
                WHERE s <> t
                CREATE (s)-[:INTERACTED {kind: 'retweet', at: datetime('2017-10-16T00:00:00Z')}]->(t)""").execute();
        var parameters = new HashMap<String, Object>();
        parameters.put("graphName", GRAPH);
        parameters.put("kinds", Projection.all(Level.ACCOUNT).kindLabels());
        parameters.put("from", null);
        parameters.put("to", null);
        parameters.put("undirected", false);
        nodes = cypher.transact(tx -> Cypher.Row.of(tx.query(queries.get(CentralityQuery.PROJECT_ACCOUNTS), parameters)
                .get(0)).asLong("nodes"));
        assertThat(nodes).as("accounts that amplified or were amplified").isGreaterThan(200);
    }

    @AfterEach
    void drop() {
        cypher.write(tx -> tx.run(queries.get(CentralityQuery.DROP_GRAPH), Map.of("graphName", GRAPH)));
    }

    @Test
    void theCatalogReadGivesWhatTheStreamGives() {
        assertThat(reader.inProcess()).as("the tests' database is embedded").isTrue();
        int compared = 0;
        for (var measure : Measure.values()) {
            var mutate = measure.procedure().mutate();
            if (mutate.isEmpty() || measure.procedure().orientation() != Orientation.NATURAL) {
                continue;
            }
            var config = measure.gdsConfig(measure.effective(MeasureParameters.NONE, true), nodes);
            var streamed = cypher.inTransaction(TIMEOUT, Map.of(), tx -> reader.read(tx,
                    queries.get(measure.procedure().stream()), Map.of("graphName", GRAPH, "config", config), (int) nodes));
            var mutated = cypher.inTransaction(TIMEOUT, Map.of(), tx -> reader.readMutated(tx, queries.get(mutate.get()),
                    GRAPH, config));
            assertThat(mutated.size()).as(measure.key()).isEqualTo(streamed.size()).isEqualTo((int) nodes);
            var expected = byNode(streamed);
            assertThat(byNode(mutated)).as(measure.key()).containsOnlyKeys(expected.keySet())
                    .allSatisfy((node, value) -> assertThat(value).as("%s of node %d", measure.key(), node)
                            .isCloseTo(expected.get(node), within(1e-9)));
            assertThat(expected.values().stream().distinct().count())
                    .as("%s: values that differ, not all alike", measure.key()).isGreaterThan(1);
            compared++;
        }
        assertThat(compared).as("pagerank, articlerank, degree (in, out), betweenness, eigenvector, closeness, harmonic")
                .isEqualTo(8);
        assertThat(nodeProperties()).as("every mutated property removed from the projection").isEmpty();
    }

    @Test
    void aFailedMutateLeavesNoPropertyBehind() {
        assertThatThrownBy(() -> cypher.inTransaction(TIMEOUT, Map.of(), tx -> reader.readMutated(tx,
                queries.get(CentralityQuery.MUTATE_PAGERANK), GRAPH, Map.of("dampingFactor", 2.0))))
                .hasMessageContaining("dampingFactor");
        assertThat(nodeProperties()).isEmpty();
    }

    private static Map<Long, Double> byNode(NodeValues values) {
        var byNode = new HashMap<Long, Double>();
        for (int position = 0; position < values.size(); position++) {
            byNode.put(values.nodeId(position), values.value(position));
        }
        return byNode;
    }

    private List<String> nodeProperties() {
        return driver.executableQuery("""
                CALL gds.graph.list($graphName) YIELD schemaWithOrientation
                RETURN [label IN keys(schemaWithOrientation.nodes) | keys(schemaWithOrientation.nodes[label])] AS keys""")
                .withParameters(Map.of("graphName", GRAPH)).execute().records().get(0).get("keys").asList(
                        value -> value.asList(Object::toString)).stream().flatMap(List::stream).toList();
    }
}
