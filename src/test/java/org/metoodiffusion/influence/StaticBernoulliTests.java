package org.metoodiffusion.influence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.metoodiffusion.support.EmptyGraphTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Goyal et al.'s estimate on a graph small enough to count by hand, read from the embedded Neo4j. */
class StaticBernoulliTests extends EmptyGraphTest {

    @Autowired
    FittedGraph fitted;

    @Test
    void probabilitiesAreAnsweredActionsOverActions() {
        driver.executableQuery("""
                CREATE (a:Account {id: 'a', username: 'A'}), (b:Account {id: 'b'}), (c:Account {id: 'c'}),
                       (d:Account {id: 'd'}), (w:Account {id: 'w'}), (x:Account {id: 'x'}), (y:Account {id: 'y'}),
                       (z:Account {id: 'z'})
                // a acts 3 times (3 posts).
                CREATE (a)-[:POSTED]->(a1:Post {id: 'a1'}), (a)-[:POSTED]->(a2:Post {id: 'a2'}),
                       (a)-[:POSTED]->(a3:Post {id: 'a3'})
                // b answers a1 twice and a2 once, and its first reply also mentions a: 2 of a's actions.
                CREATE (b)-[:POSTED]->(b1:Post {id: 'b1'})-[:REPLY_TO]->(a1), (b1)-[:MENTIONS]->(a),
                       (b)-[:POSTED]->(:Post {id: 'b2'})-[:QUOTES]->(a1),
                       (b)-[:POSTED]->(:Post {id: 'b3'})-[:REPLY_TO]->(a2)
                // c retweets a3: 1 of 3. d mentions a in a post of its own: 1 of 3.
                CREATE (c)-[:POSTED]->(:Post {id: 'c1'})-[:RETWEET_OF]->(a3)
                CREATE (d)-[:POSTED]->(:Post {id: 'd1'})-[:MENTIONS]->(a)
                // Account level: x retweets y twice, z once; y itself acts once (towards w).
                CREATE (x)-[:INTERACTED {kind: 'retweet', at: datetime('2012-07-01T00:00:00Z')}]->(y),
                       (x)-[:INTERACTED {kind: 'retweet', at: datetime('2012-07-01T01:00:00Z')}]->(y),
                       (z)-[:INTERACTED {kind: 'reply', at: datetime('2012-07-01T02:00:00Z')}]->(y),
                       (y)-[:INTERACTED {kind: 'mention', at: datetime('2012-07-01T03:00:00Z')}]->(w)
                """).execute();
        var graph = fitted.graph();

        assertThat(graph.probability("a", "b")).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(graph.probability("a", "c")).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(graph.probability("a", "d")).isCloseTo(1 / 3.0, within(1e-12));
        // y performed 1 action in the data but 2 were answered by x: A_y is raised to 2.
        assertThat(graph.probability("y", "x")).isEqualTo(1.0);
        assertThat(graph.probability("y", "z")).isEqualTo(0.5);
        // w never acts in the data; its one answered action makes p = 1.
        assertThat(graph.probability("w", "y")).isEqualTo(1.0);
        // Influence flows from the answered to the one who answers, never back unless observed.
        assertThat(graph.probability("b", "a")).isZero();
        assertThat(graph.edges()).isEqualTo(6);
        assertThat(graph.username(graph.node("a"))).isEqualTo("A");
        assertThat(graph.outDegree(graph.node("a"))).isEqualTo(3);
    }
}
