package org.metoodiffusion.centrality;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.metoodiffusion.amplified.AmplifiedGraph;
import org.metoodiffusion.cypher.Cypher;
import org.metoodiffusion.cypher.QueryLibrary;
import org.metoodiffusion.store.EmbeddedNeo4j;
import org.metoodiffusion.store.GraphVersion;
import org.metoodiffusion.support.EmptyGraphTest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.beans.factory.annotation.Autowired;

class WarmUpTests extends EmptyGraphTest {

    @Autowired
    Cypher cypher;

    @Autowired
    ValueReader reader;

    @Autowired
    AmplifiedGraph amplified;

    @Autowired
    ObjectProvider<EmbeddedNeo4j> embedded;

    @Autowired
    EmbeddedNeo4j database;

    @Autowired
    GraphVersion version;

    @Autowired
    ObjectProvider<HealthEndpoint> health;

    @Autowired
    ObjectProvider<ProjectionAhead> ahead;

    /** A warm-up of its own: the context's one yields to the computations other tests run. */
    private WarmUp warmUp() {
        return new WarmUp(embedded, cypher, new QueryLibrary(), reader, amplified, health, ahead, true);
    }

    @Test
    void runsGdsOnASyntheticGraphAndLeavesNothingBehind() {
        long before = version.current().getAsLong();
        assertThat(warmUp().run(database)).isTrue();
        assertThat(GdsCatalog.graphNames(driver)).noneMatch(name -> name.startsWith("metoo-warm-up"));
        assertThat(version.current().getAsLong()).as("nothing written").isEqualTo(before);
    }

    @Test
    void aComputationThatComesFirstSkipsIt() {
        var warmUp = warmUp();
        assertThat(warmUp.yieldTo()).as("none under way: nothing to stop").isFalse();
        assertThat(warmUp.run(database)).isFalse();
        assertThat(GdsCatalog.graphNames(driver)).noneMatch(name -> name.startsWith("metoo-warm-up"));
    }
}
