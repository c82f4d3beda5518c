package org.metoodiffusion.centrality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.metoodiffusion.amplified.AmplifiedGraph;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every test of {@link CentralityTests} again (communities, bridges, write mode, cache and timeout
 * included), with the AMPLIFIED relationships built after each fixture statement, so that
 * projections over every kind without a window come from them natively; and the two ways of
 * projecting compared on one graph.
 */
class MaterialisedCentralityTests extends CentralityTests {

    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    @Autowired
    AmplifiedGraph amplified;

    @Override
    protected void fixtureWritten() {
        amplified.refresh();
        assertThat(amplified.isFresh()).as("fresh after its own build").isTrue();
    }

    /**
     * Posts (retweet, reply, quote, mention), account-level interactions, a pair interacting both
     * ways, a self-retweet and an account that amplified no one and no one amplified: measures
     * from the AMPLIFIED relationships equal those from aggregating the posts, directed and undirected.
     */
    @Test
    void materialisedAndAggregatedProjectionsGiveTheSameScores() {
        driver.executableQuery("""
                CREATE (m:Account {id: 'm'}), (r:Account {id: 'r'}), (q:Account {id: 'q'}), (x:Account {id: 'x'}),
                       (b:Account {id: 'b'}), (:Account {id: 'lonely'})
                CREATE (m)-[:POSTED]->(root:Post {id: '1', createdAt: datetime('2017-10-15T20:21:11Z')}),
                       (r)-[:POSTED]->(reply:Post {id: '2', createdAt: datetime('2017-10-15T21:00:00Z')}),
                       (q)-[:POSTED]->(quote:Post {id: '3', createdAt: datetime('2017-10-17T09:00:00Z')}),
                       (m)-[:POSTED]->(self:Post {id: '4', createdAt: datetime('2017-10-17T10:00:00Z')}),
                       (m)-[:POSTED]->(back:Post {id: '5', createdAt: datetime('2017-10-17T11:00:00Z')}),
                       (reply)-[:REPLY_TO]->(root), (quote)-[:QUOTES]->(root), (root)-[:MENTIONS]->(b),
                       (self)-[:RETWEET_OF]->(root), (back)-[:RETWEET_OF]->(reply), (reply)-[:MENTIONS]->(m),
                       (x)-[:INTERACTED {kind: 'retweet', at: datetime('2017-10-16T00:00:00Z')}]->(m),
                       (x)-[:INTERACTED {kind: 'mention', at: datetime('2017-10-16T01:00:00Z')}]->(m)""").execute();
        var all = Projection.all(Level.ACCOUNT);
        // A window holding everything: the same graph, always aggregated from the posts.
        var everything = Projection.parse(null, null, "2000-01-01", null);
        var measures = List.of(Measure.PAGE_RANK, Measure.IN_DEGREE, Measure.OUT_DEGREE, Measure.BETWEENNESS,
                Measure.K_CORE, Measure.HARMONIC);
        var aggregated = measures.stream().collect(Collectors.toMap(Function.identity(),
                measure -> scores(everything, measure)));

        amplified.refresh();
        assertThat(amplified.marker().relationships()).as("m-r both ways, q-m, m-b, x-m").isEqualTo(5);
        assertThat(amplified.marker().everyAccount()).as("lonely has none: the projection filters").isFalse();
        for (var measure : measures) {
            var page = centrality.top(all, measure, MeasureParameters.NONE, TIMEOUT, new Page(0, 100));
            assertThat(page.computation().projection().materialised()).as(measure.key()).isTrue();
            var expected = aggregated.get(measure);
            assertThat(scores(all, measure)).as(measure.key()).containsOnlyKeys(expected.keySet())
                    .allSatisfy((id, score) -> assertThat(score).as("%s of %s", measure.key(), id)
                            .isCloseTo(expected.get(id), within(1e-9)));
        }
        assertThat(scores(all, Measure.IN_DEGREE)).as("weights: reply, quote, retweet back, 2 interactions")
                .doesNotContainKey("lonely").containsEntry("m", 5.0).containsEntry("r", 1.0);

        var window = centrality.top(Projection.parse(null, null, "2017-10-16", null), Measure.IN_DEGREE,
                MeasureParameters.NONE, TIMEOUT, new Page(0, 10));
        assertThat(window.computation().projection().materialised()).as("a window aggregates the posts").isFalse();
    }

    @Test
    void aWriteMakesTheMaterialisedGraphStaleAndItIsNotUsed() {
        driver.executableQuery("CREATE (:Account {id: 'a'})-[:INTERACTED {kind: 'retweet', at: datetime()}]->"
                + "(:Account {id: 'b'})").execute();
        amplified.refresh();
        driver.executableQuery("MATCH (a:Account {id: 'a'}), (b:Account {id: 'b'}) "
                + "CREATE (b)-[:INTERACTED {kind: 'reply', at: datetime()}]->(a)").execute();
        assertThat(amplified.isFresh()).isFalse();
        var page = centrality.top(Projection.all(Level.ACCOUNT), Measure.IN_DEGREE, MeasureParameters.NONE, TIMEOUT,
                new Page(0, 10));
        assertThat(page.computation().projection().materialised()).isFalse();
        assertThat(page.items()).extracting(RankedNode::score).containsExactly(1.0, 1.0);
        amplified.refresh();
        var again = centrality.top(Projection.all(Level.ACCOUNT), Measure.IN_DEGREE, MeasureParameters.NONE, TIMEOUT,
                new Page(0, 10));
        assertThat(again.computation().cached()).as("a build writes derived data only: cached results stay").isTrue();
        driver.executableQuery("MATCH (a:Account {id: 'a'}) SET a.note = 'changed'").execute();
        assertThat(amplified.refresh()).extracting(AmplifiedGraph.Marker::relationships,
                AmplifiedGraph.Marker::everyAccount).containsExactly(2L, true);
        assertThat(driver.executableQuery("MATCH (:Account {id: 'b'})-[r:AMPLIFIED]->(:Account {id: 'a'}) "
                + "RETURN r.replies AS replies, r.count AS count").execute().records().get(0).asMap())
                .isEqualTo(Map.of("replies", 1L, "count", 1L));
    }

    /** Builds across several batches (1,000 pairs each in tests) count their commits right, deleting as creating. */
    @Test
    void aBuildOfSeveralBatchesIsFreshAndARebuildReplacesIt() {
        driver.executableQuery("""
                UNWIND range(1, 2500) AS i
                CREATE (:Account {id: toString(i)})""").execute();
        driver.executableQuery("""
                MATCH (a:Account), (b:Account {id: toString(toInteger(a.id) + 1)})
                CREATE (a)-[:INTERACTED {kind: 'retweet', at: datetime('2017-10-16T00:00:00Z')}]->(b)""").execute();
        assertThat(amplified.refresh().relationships()).isEqualTo(2499);
        assertThat(amplified.isFresh()).isTrue();
        var chain = centrality.top(Projection.all(Level.ACCOUNT), Measure.IN_DEGREE, MeasureParameters.NONE, TIMEOUT,
                new Page(0, 1));
        assertThat(chain.computation().projection()).extracting(ProjectionView::materialised, ProjectionView::nodes)
                .containsExactly(true, 2500L);

        driver.executableQuery("""
                MATCH (a:Account {id: '1'}), (b:Account {id: '3'})
                CREATE (a)-[:INTERACTED {kind: 'mention', at: datetime('2017-10-16T00:00:00Z')}]->(b)""").execute();
        assertThat(amplified.isFresh()).isFalse();
        assertThat(amplified.refresh().relationships()).isEqualTo(2500);
        assertThat(amplified.isFresh()).as("old ones deleted in 3 batches, new ones created in 3").isTrue();
        assertThat(driver.executableQuery("MATCH ()-[r:AMPLIFIED]->() RETURN count(r) AS n, sum(r.count) AS total")
                .execute().records().get(0).asMap()).isEqualTo(Map.of("n", 2500L, "total", 2500L));
    }

    private Map<String, Double> scores(Projection projection, Measure measure) {
        return centrality.top(projection, measure, MeasureParameters.NONE, TIMEOUT, new Page(0, 100)).items().stream()
                .collect(Collectors.toMap(RankedNode::id, RankedNode::score));
    }
}
