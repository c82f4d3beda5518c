package org.metoodiffusion.centrality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.metoodiffusion.amplified.AmplifiedGraph;
import org.metoodiffusion.support.EmbeddedDatabaseProperties;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With {@code metoo.centrality.project-ahead} on (the server's default): a build of AMPLIFIED that
 * ends fresh has the accounts' projection made in the background, and the first request after it
 * runs on that projection, with the scores it would have got from its own. A server's (a web
 * context): a command never makes one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProjectionAheadTests {

    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    @DynamicPropertySource
    static void projectAhead(DynamicPropertyRegistry registry) {
        EmbeddedDatabaseProperties.register(registry, "projection-ahead", false);
        registry.add("metoo.centrality.project-ahead", () -> true);
    }

    @Autowired
    Driver driver;

    @Autowired
    CentralityService centrality;

    @Autowired
    AmplifiedGraph amplified;

    @BeforeEach
    void chain() {
        driver.executableQuery("MATCH (n) DETACH DELETE n").execute();
        // 300 accounts, each retweeting the next and mentioning the one after: PageRank has something to rank.
        driver.executableQuery("""
                UNWIND range(1, 300) AS i
                CREATE (:Account {id: toString(i)})""").execute();
        driver.executableQuery("""
                MATCH (a:Account), (b:Account {id: toString(toInteger(a.id) % 300 + 1)}),
                      (c:Account {id: toString((toInteger(a.id) + 1) % 300 + 1)})
                CREATE (a)-[:INTERACTED {kind: 'retweet', at: datetime('2017-10-16T00:00:00Z')}]->(b),
                       (a)-[:INTERACTED {kind: 'mention', at: datetime('2017-10-16T01:00:00Z')}]->(c)""").execute();
    }

    @Test
    void aFreshBuildHasTheProjectionMadeAndTheFirstRequestRunsOnIt() throws InterruptedException {
        // The scores of a projection made by the request itself, aggregated from the interactions.
        var aggregated = scores(Projection.parse(null, null, "2000-01-01", null));

        amplified.refresh();
        assertThat(awaitProjectionAhead()).as("made in the background after the build").isTrue();
        var page = centrality.top(Projection.all(Level.ACCOUNT), Measure.PAGE_RANK, MeasureParameters.NONE, TIMEOUT,
                new Page(0, 300));
        assertThat(page.computation().projection()).extracting(ProjectionView::materialised, ProjectionView::reused,
                ProjectionView::nodes).containsExactly(true, true, 300L);
        assertThat(page.items()).hasSize(300).allSatisfy(item -> assertThat(item.score()).as(item.id())
                .isCloseTo(aggregated.get(item.id()), within(1e-9)));
    }

    /** AMPLIFIED not built: nothing is made ahead, the requests aggregate the interactions themselves. */
    @Test
    void requestsThatComeAtOnceShareOneProjection() throws Exception {
        // Three measures on the same projection: three computations (one request's result is not another's).
        var requests = List.of(Measure.PAGE_RANK, Measure.ARTICLE_RANK, Measure.EIGENVECTOR).stream()
                .<Callable<ProjectionView>>map(measure -> () -> centrality.top(Projection.all(Level.ACCOUNT), measure,
                        MeasureParameters.NONE, TIMEOUT, new Page(0, 1)).computation().projection())
                .toList();
        var pool = Executors.newFixedThreadPool(3);
        try {
            var views = pool.invokeAll(requests);
            long made = 0;
            for (var view : views) {
                made += view.get().reused() ? 0 : 1;
            }
            assertThat(made).as("one projected, the others waited for it and borrowed it").isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aWriteRetiresItAndNothingIsMadeUntilTheNextBuild() throws InterruptedException {
        amplified.refresh();
        assertThat(awaitProjectionAhead()).isTrue();
        driver.executableQuery("CREATE (:Account {id: 'newcomer'})").execute();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (madeAhead() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(madeAhead()).as("retired by the sweep after the write").isFalse();
        assertThat(amplified.isFresh()).isFalse();
    }

    /** Waits until the catalog holds a projection made ahead; false after 30 s. */
    private boolean awaitProjectionAhead() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (madeAhead()) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    /** Whether GDS's catalog, which other tests' databases in this JVM share, holds one made ahead. */
    private boolean madeAhead() {
        return GdsCatalog.graphNames(driver).stream().anyMatch(name -> name.startsWith("metoo-ahead-"));
    }

    private Map<String, Double> scores(Projection projection) {
        return centrality.top(projection, Measure.PAGE_RANK, MeasureParameters.NONE, TIMEOUT, new Page(0, 300))
                .items().stream().collect(Collectors.toMap(RankedNode::id, RankedNode::score));
    }
}
