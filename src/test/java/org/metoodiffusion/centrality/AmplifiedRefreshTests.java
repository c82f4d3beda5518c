package org.metoodiffusion.centrality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.metoodiffusion.amplified.AmplifiedGraph;
import org.metoodiffusion.support.EmbeddedDatabaseProperties;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With automatic refresh (the server's default), a request on a stale graph has it rebuilt in the background. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class AmplifiedRefreshTests {

    @DynamicPropertySource
    static void refreshAutomatically(DynamicPropertyRegistry registry) {
        EmbeddedDatabaseProperties.register(registry, "amplified-refresh", false);
        registry.add("metoo.centrality.refresh-amplified", () -> true);
    }

    @Autowired
    Driver driver;

    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    @Autowired
    CentralityService centrality;

    @Autowired
    AmplifiedGraph amplified;

    @Test
    void aRequestOnAStaleGraphAggregatesAndHasItRebuiltForTheNext() throws InterruptedException {
        driver.executableQuery("""
                CREATE (a:Account {id: 'a'}), (b:Account {id: 'b'}), (c:Account {id: 'c'})
                CREATE (a)-[:INTERACTED {kind: 'retweet', at: datetime()}]->(b),
                       (c)-[:INTERACTED {kind: 'retweet', at: datetime()}]->(b)""").execute();
        var first = centrality.top(Projection.all(Level.ACCOUNT), Measure.PAGE_RANK, MeasureParameters.NONE, TIMEOUT,
                new Page(0, 10));
        assertThat(first.computation().projection().materialised()).isFalse();

        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!amplified.isFresh() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(amplified.isFresh()).as("rebuilt in the background").isTrue();
        var again = centrality.top(Projection.all(Level.ACCOUNT), Measure.PAGE_RANK, MeasureParameters.NONE, TIMEOUT,
                new Page(0, 10));
        assertThat(again.computation().cached()).as("the build wrote derived data only").isTrue();
        var next = centrality.top(Projection.all(Level.ACCOUNT), Measure.PAGE_RANK,
                new MeasureParameters(0.8, null, null, null, null, null, null, null, null, null, null, null), TIMEOUT,
                new Page(0, 10));
        assertThat(next.computation().projection().reused()).as("the first request's projection is kept: the graph "
                + "did not change").isTrue();
        assertThat(next.items()).extracting(RankedNode::id).containsExactlyElementsOf(
                first.items().stream().map(RankedNode::id).toList());
        assertThat(next.items().get(0).id()).isEqualTo("b");
        var undirected = centrality.top(Projection.all(Level.ACCOUNT), Measure.K_CORE, MeasureParameters.NONE, TIMEOUT,
                new Page(0, 10));
        assertThat(undirected.computation().projection().reused()).isFalse();
        assertThat(undirected.computation().projection().materialised()).as("a new projection comes from the rebuilt "
                + "AMPLIFIED").isTrue();
    }
}
