package org.metoodiffusion.centrality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metoodiffusion.ingest.ImportProgress;
import org.metoodiffusion.ingest.ImportService;
import org.metoodiffusion.support.EmptyGraphTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Measures on small fixtures written as Cypher, checked against published or hand-computed values;
 * projection filters; the cache and its invalidation by an import; write mode; the timeout.
 * Fixture accounts carry the expected value ({@code expected}).
 */
class CentralityTests extends EmptyGraphTest {

    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    @Autowired
    CentralityService centrality;

    @Autowired
    CommunityService communities;

    @Autowired
    ImportService importer;

    /**
     * The PageRank example of the GDS manual (unweighted, dampingFactor 0.85, 20 iterations), as
     * retweets between accounts: Home 3.2157, About, Links, Product 1.0543, Sites A-D 0.3279.
     */
    @Test
    void pageRankMatchesTheGdsManualExample() {
        write("""
                CREATE (home:Account {id: 'home', expected: 3.215681999884452}),
                       (about:Account {id: 'about', expected: 1.0542700552146722}),
                       (product:Account {id: 'product', expected: 1.0542700552146722}),
                       (links:Account {id: 'links', expected: 1.0542700552146722}),
                       (a:Account {id: 'a', expected: 0.3278578964488539}),
                       (b:Account {id: 'b', expected: 0.3278578964488539}),
                       (c:Account {id: 'c', expected: 0.3278578964488539}),
                       (d:Account {id: 'd', expected: 0.3278578964488539})
                WITH *
                UNWIND [[home, about], [home, links], [home, product], [about, home], [product, home], [a, home],
                        [b, home], [c, home], [d, home], [links, home], [links, a], [links, b], [links, c], [links, d]] AS e
                WITH e[0] AS s, e[1] AS t
                CREATE (s)-[:INTERACTED {kind: 'retweet', at: datetime('2012-07-01T00:00:00Z')}]->(t)""");
        var top = centrality.top(Projection.all(Level.ACCOUNT), Measure.PAGE_RANK, weighted(false), TIMEOUT,
                new Page(0, 100));
        assertThat(top.total()).isEqualTo(8);
        assertThat(top.items().get(0).id()).isEqualTo("home");
        var expected = expected();
        top.items().forEach(item -> assertThat(item.score()).as(item.id()).isCloseTo(expected.get(item.id()),
                within(1e-3)));
        assertThat(top.computation().parameters()).containsEntry("dampingFactor", 0.85).containsEntry("maxIterations", 20);
    }

    /** Directed path a -> b -> c -> d -> e: b and d lie on 3 shortest paths, c on 4 (Freeman 1977). */
    @Test
    void betweennessOfAPathExactAndSampled() {
        path("a", "b", "c", "d", "e");
        write("MATCH (n:Account) SET n.expected = CASE n.id WHEN 'b' THEN 3.0 WHEN 'c' THEN 4.0 WHEN 'd' THEN 3.0 ELSE 0.0 END");
        var exact = centrality.top(Projection.all(Level.ACCOUNT), Measure.BETWEENNESS, MeasureParameters.NONE, TIMEOUT,
                new Page(0, 10));
        var expected = expected();
        exact.items().forEach(item -> assertThat(item.score()).as(item.id()).isCloseTo(expected.get(item.id()),
                within(1e-9)));
        assertThat(exact.computation().method()).startsWith("exact");

        var sampled = centrality.top(Projection.all(Level.ACCOUNT), Measure.BETWEENNESS,
                new MeasureParameters(null, null, null, 2L, 7L, null, null, null, null, null, null, null), TIMEOUT,
                new Page(0, 10));
        assertThat(sampled.computation().method()).isEqualTo("sampled: 2 of 5 source nodes, samplingSeed 7");
        var oversampled = centrality.top(Projection.all(Level.ACCOUNT), Measure.BETWEENNESS,
                new MeasureParameters(null, null, null, 50L, null, null, null, null, null, null, null, null), TIMEOUT,
                new Page(0, 10));
        assertThat(oversampled.computation().method()).startsWith("exact");
    }

    /**
     * Path a -> b -> c: harmonic centrality (Marchiori &amp; Latora 2000) sums 1/distance, here
     * from the nodes that reach the node (GDS follows incoming paths: how close the amplifiers
     * are), divided by n - 1: c (1 + 1/2) / 2 = 0.75, b 1/2, a 0. Degrees count interactions (a
     * retweeted b twice).
     */
    @Test
    void harmonicAndDegreesOfAPath() {
        path("a", "b", "c");
        write("MATCH (a:Account {id: 'a'}), (b:Account {id: 'b'}) "
                + "CREATE (a)-[:INTERACTED {kind: 'retweet', at: datetime('2012-07-02T00:00:00Z')}]->(b)");
        assertThat(scores(Measure.HARMONIC)).containsEntry("c", 0.75).containsEntry("b", 0.5).containsEntry("a", 0.0);
        assertThat(scores(Measure.IN_DEGREE)).containsEntry("a", 0.0).containsEntry("b", 2.0).containsEntry("c", 1.0);
        assertThat(scores(Measure.OUT_DEGREE)).containsEntry("a", 2.0).containsEntry("b", 1.0).containsEntry("c", 0.0);
        var unweighted = centrality.top(Projection.all(Level.ACCOUNT), Measure.IN_DEGREE, weighted(false), TIMEOUT,
                new Page(0, 1));
        assertThat(unweighted.items().get(0).score()).isEqualTo(1.0);
    }

    /**
     * A triangle x, y, z with a tail z - t - u: core values 2 for the triangle, 1 for the tail;
     * articulation points z and t; bridges z-t and t-u (Hopcroft &amp; Tarjan 1973).
     */
    @Test
    void kCoreArticulationPointsAndBridges() {
        path("x", "y", "z", "x");
        path("z", "t", "u");
        assertThat(scores(Measure.K_CORE)).containsEntry("x", 2.0).containsEntry("y", 2.0).containsEntry("z", 2.0)
                .containsEntry("t", 1.0).containsEntry("u", 1.0);
        assertThat(scores(Measure.ARTICULATION_POINTS).keySet()).containsExactlyInAnyOrder("z", "t");
        var bridges = communities.bridges(Projection.all(Level.ACCOUNT), TIMEOUT, new Page(0, 10));
        assertThat(bridges.items()).extracting(b -> b.fromId() + "-" + b.toId())
                .containsExactlyInAnyOrder("t-u", "t-z");
        assertThat(bridges.projection().orientation()).isEqualTo("undirected");
    }

    /** HITS on a star a -> h, b -> h (Kleinberg 1999): h is the only authority, a and b equal hubs. */
    @Test
    void hitsOfAStar() {
        path("a", "h");
        path("b", "h");
        var authority = scores(Measure.HITS_AUTHORITY);
        assertThat(authority.get("h")).isCloseTo(1.0, within(1e-6));
        assertThat(authority.get("a")).isCloseTo(0.0, within(1e-6));
        var hub = scores(Measure.HITS_HUB);
        assertThat(hub.get("a")).isCloseTo(hub.get("b"), within(1e-9)).isGreaterThan(0.5);
        assertThat(hub.get("h")).isCloseTo(0.0, within(1e-6));
        for (var measure : List.of(Measure.EIGENVECTOR, Measure.ARTICLE_RANK, Measure.CLOSENESS)) {
            assertThat(scores(measure)).as(measure.key()).hasSize(3);
        }
    }

    /** Two triangles joined by nothing: WCC, Louvain and Leiden all find the two, 3 members each. */
    @Test
    void communitiesOfTwoTriangles() {
        path("a1", "a2", "a3", "a1");
        path("b1", "b2", "b3", "b1");
        for (var algorithm : List.of(Measure.WCC, Measure.LOUVAIN, Measure.LEIDEN)) {
            var page = communities.communities(Projection.all(Level.ACCOUNT), algorithm, MeasureParameters.NONE, TIMEOUT,
                    new Page(0, 10));
            assertThat(page.communities()).as(algorithm.key()).isEqualTo(2);
            assertThat(page.items()).extracting(CommunityView::size).containsExactly(3, 3);
            var members = communities.members(Projection.all(Level.ACCOUNT), algorithm, MeasureParameters.NONE,
                    TIMEOUT, page.items().get(0).communityId(), new Page(0, 10));
            var ids = members.items().stream().map(MemberView::id).toList();
            assertThat(ids).isIn(List.of("a1", "a2", "a3"), List.of("b1", "b2", "b3"));
        }
    }

    /** Kinds and windows select the edges; post-level data projects the same way at account level. */
    @Test
    void projectionsFilterByKindAndWindow() {
        write("""
                CREATE (m:Account {id: 'm', username: 'milano'}), (r:Account {id: 'r'}), (q:Account {id: 'q'}),
                       (x:Account {id: 'x'}), (b:Account {id: 'b'})
                CREATE (m)-[:POSTED]->(root:Post {id: '1', createdAt: datetime('2017-10-15T20:21:11Z')}),
                       (r)-[:POSTED]->(reply:Post {id: '2', createdAt: datetime('2017-10-15T21:00:00Z')}),
                       (q)-[:POSTED]->(quote:Post {id: '3', createdAt: datetime('2017-10-17T09:00:00Z')}),
                       (reply)-[:REPLY_TO]->(root), (quote)-[:QUOTES]->(root), (root)-[:MENTIONS]->(b),
                       (x)-[:INTERACTED {kind: 'retweet', at: datetime('2017-10-16T00:00:00Z')}]->(m)""");
        assertThat(inDegree(Projection.parse(null, null, null, null))).containsEntry("m", 3.0).containsEntry("b", 1.0);
        assertThat(inDegree(Projection.parse(null, List.of("reply"), null, null))).containsOnlyKeys("r", "m");
        assertThat(inDegree(Projection.parse(null, List.of("retweet", "mention"), null, null)))
                .containsOnlyKeys("x", "m", "b");
        assertThat(inDegree(Projection.parse(null, null, "2017-10-16", null))).containsOnlyKeys("x", "m", "q")
                .containsEntry("m", 2.0);
        assertThat(inDegree(Projection.parse(null, null, "2017-10-15T20:00:00Z", "2017-10-16T00:00:00Z")))
                .containsOnlyKeys("r", "m", "b");
        var posts = centrality.top(Projection.parse("post", null, null, null), Measure.IN_DEGREE, MeasureParameters.NONE,
                TIMEOUT, new Page(0, 10));
        assertThat(posts.items().get(0)).extracting(RankedNode::id, RankedNode::username, RankedNode::score)
                .containsExactly("1", "milano", 2.0);
        var nothing = centrality.top(Projection.parse(null, null, "2020-01-01", null), Measure.PAGE_RANK,
                MeasureParameters.NONE, TIMEOUT, new Page(0, 10));
        assertThat(nothing.total()).isZero();
        assertThat(nothing.computation().projection().nodes()).isZero();
    }

    @Test
    void resultsAreCachedUntilAnImportChangesTheGraph(@TempDir Path dir) {
        path("26642006", "14511951");
        var projection = Projection.all(Level.ACCOUNT);
        var first = centrality.top(projection, Measure.PAGE_RANK, MeasureParameters.NONE, TIMEOUT, new Page(0, 10));
        var again = centrality.top(projection, Measure.PAGE_RANK,
                new MeasureParameters(0.85, null, null, null, null, null, null, null, null, null, null, null), TIMEOUT,
                new Page(0, 5));
        assertThat(first.computation().cached()).isFalse();
        assertThat(again.computation().cached()).as("same parameters once defaults are filled in").isTrue();
        assertThat(again.computation().computedAt()).isEqualTo(first.computation().computedAt());

        importer.importAll(List.of(Path.of("importer/samples/snap-sample.txt").toString()), null, 100,
                dir.resolve("rejects.jsonl"), new ImportProgress.Silent());
        var after = centrality.top(projection, Measure.PAGE_RANK, MeasureParameters.NONE, TIMEOUT, new Page(0, 10));
        assertThat(after.computation().cached()).isFalse();
        assertThat(after.total()).isGreaterThan(first.total());
    }

    @Test
    void writeModeStoresTheValuesOnTheAccounts() {
        path("a", "b", "c");
        var summary = centrality.write(Projection.all(Level.ACCOUNT), Measure.PAGE_RANK, MeasureParameters.NONE, null,
                TIMEOUT);
        assertThat(summary).extracting(WriteSummary::label, WriteSummary::writeProperty, WriteSummary::nodesWritten)
                .containsExactly("Account", "pageRank", 3L);
        var stored = driver.executableQuery("MATCH (a:Account {id: 'c'}) RETURN a.pageRank AS rank").execute()
                .records().get(0).get("rank").asDouble();
        assertThat(stored).isCloseTo(0.15 + 0.85 * (0.15 + 0.85 * 0.15), within(1e-6));
        centrality.write(Projection.all(Level.ACCOUNT), Measure.WCC, MeasureParameters.NONE, "component", TIMEOUT);
        assertThat(driver.executableQuery("MATCH (a:Account) RETURN count(DISTINCT a.component) AS n").execute()
                .records().get(0).get("n").asInt()).isEqualTo(1);
        assertThatThrownBy(() -> centrality.write(Projection.all(Level.ACCOUNT), Measure.PAGE_RANK,
                MeasureParameters.NONE, "username", TIMEOUT)).hasMessageContaining("writeProperty");
    }

    /** Exact betweenness over 12,000 nodes takes seconds; a 1 s limit stops the request at 1 s, projection dropped. */
    @Test
    void aComputationOverItsTimeLimitIsStopped() {
        write("UNWIND range(1, 12000) AS i CREATE (:Account {id: toString(i)})");
        write("""
                MATCH (a:Account)
                UNWIND range(1, 3) AS k
                WITH a, toString(toInteger(rand() * 12000) + 1) AS other
                MATCH (b:Account {id: other})
                CREATE (a)-[:INTERACTED {kind: 'retweet', at: datetime('2012-07-03T00:00:00Z')}]->(b)""");
        var graphs = GdsCatalog.graphNames(driver);
        long started = System.nanoTime();
        assertThatThrownBy(() -> centrality.top(Projection.all(Level.ACCOUNT), Measure.BETWEENNESS,
                MeasureParameters.NONE, Duration.ofSeconds(1), new Page(0, 10)))
                .isInstanceOf(ComputationTimeoutException.class).hasMessageContaining("1 s");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        assertThat(GdsCatalog.graphNames(driver)).as("the projection is dropped at the timeout").isSubsetOf(graphs);
    }

    /**
     * A projection is kept for the next computation on the same graph (another measure pays only
     * its algorithm) and leaves GDS's catalog after a write, without waiting for a request.
     */
    @Test
    void keptProjectionsServeTheNextMeasureAndGoWhenTheGraphChanges() throws InterruptedException {
        path("a", "b", "c");
        var before = GdsCatalog.graphNames(driver);
        var first = centrality.top(Projection.all(Level.ACCOUNT), Measure.PAGE_RANK, MeasureParameters.NONE, TIMEOUT,
                new Page(0, 10));
        assertThat(first.computation().projection().reused()).isFalse();
        var kept = new java.util.HashSet<>(GdsCatalog.graphNames(driver));
        kept.removeAll(before);
        assertThat(kept).hasSize(1);
        var second = centrality.top(Projection.all(Level.ACCOUNT), Measure.ARTICLE_RANK, MeasureParameters.NONE,
                TIMEOUT, new Page(0, 10));
        assertThat(second.computation().projection().reused()).isTrue();
        assertThat(second.total()).isEqualTo(3);

        write("MATCH (c:Account {id: 'c'}) CREATE (c)-[:INTERACTED {kind: 'reply', at: datetime()}]->(:Account {id: 'd'})");
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (GdsCatalog.graphNames(driver).containsAll(kept) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(GdsCatalog.graphNames(driver)).as("dropped after the write").doesNotContainAnyElementsOf(kept);
        var third = centrality.top(Projection.all(Level.ACCOUNT), Measure.ARTICLE_RANK, MeasureParameters.NONE,
                TIMEOUT, new Page(0, 10));
        assertThat(third.computation().projection().reused()).isFalse();
        assertThat(third.total()).as("the new account is in the new projection").isEqualTo(4);
    }

    @Test
    void parametersAreValidated() {
        assertThatThrownBy(() -> new MeasureParameters(1.0, null, null, null, null, null, null, null, null, null, null, null))
                .hasMessageContaining("dampingFactor");
        assertThatThrownBy(() -> new MeasureParameters(null, 0, null, null, null, null, null, null, null, null, null, null))
                .hasMessageContaining("maxIterations");
        assertThatThrownBy(() -> new MeasureParameters(null, null, null, -5L, null, null, null, null, null, null, null, null))
                .hasMessageContaining("samplingSize");
        assertThatThrownBy(() -> new MeasureParameters(Double.NaN, null, null, null, null, null, null, null, null, null, null, null))
                .hasMessageContaining("dampingFactor");
        assertThatThrownBy(() -> Measure.PAGE_RANK.effective(
                new MeasureParameters(null, null, null, 10L, null, null, null, null, null, null, null, null), true))
                .hasMessageContaining("samplingSize does not apply to pagerank");
        assertThatThrownBy(() -> Projection.parse(null, null, "2017-10-16", "2017-10-15")).hasMessageContaining("inverted");
        assertThatThrownBy(() -> Projection.parse("post", List.of("mention"), null, null)).hasMessageContaining("mention");
        assertThatThrownBy(() -> Projection.parse(null, List.of("like"), null, null)).hasMessageContaining("like");
        assertThatThrownBy(() -> new Projection(Level.ACCOUNT, EnumSet.noneOf(InteractionKind.class), null, null))
                .hasMessageContaining("kinds");
        assertThatThrownBy(() -> new Page(0, -1)).hasMessageContaining("limit");
        assertThatThrownBy(() -> Measure.parse("fame")).hasMessageContaining("Unknown measure");
    }

    private Map<String, Double> inDegree(Projection projection) {
        var page = centrality.top(projection, Measure.IN_DEGREE, MeasureParameters.NONE, TIMEOUT, new Page(0, 100));
        var scores = new HashMap<String, Double>();
        page.items().forEach(item -> scores.put(item.id(), item.score()));
        return scores;
    }

    private Map<String, Double> scores(Measure measure) {
        var page = centrality.top(Projection.all(Level.ACCOUNT), measure, MeasureParameters.NONE, TIMEOUT,
                new Page(0, 100));
        var scores = new HashMap<String, Double>();
        page.items().forEach(item -> scores.put(item.id(), item.score()));
        return scores;
    }

    private static MeasureParameters weighted(boolean weighted) {
        return new MeasureParameters(null, null, null, null, null, null, null, null, null, null, null, weighted);
    }

    /** Accounts (merged by id) retweeting along the path. */
    private void path(String... ids) {
        write("""
                UNWIND range(0, size($ids) - 2) AS i
                MERGE (s:Account {id: $ids[i]})
                MERGE (t:Account {id: $ids[i + 1]})
                CREATE (s)-[:INTERACTED {kind: 'retweet', at: datetime('2012-07-01T00:00:00Z')}]->(t)""",
                Map.of("ids", List.of(ids)));
    }

    private Map<String, Double> expected() {
        var expected = new HashMap<String, Double>();
        driver.executableQuery("MATCH (a:Account) RETURN a.id AS id, a.expected AS expected").execute().records()
                .forEach(r -> expected.put(r.get("id").asString(), r.get("expected").asDouble()));
        return expected;
    }

    private void write(String cypher) {
        write(cypher, Map.of());
    }

    private void write(String cypher, Map<String, Object> parameters) {
        driver.executableQuery(cypher).withParameters(parameters).execute();
        fixtureWritten();
    }

    /** After each fixture statement (subclasses materialise the graph here). */
    protected void fixtureWritten() {
    }
}
