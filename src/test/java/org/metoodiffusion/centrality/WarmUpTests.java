package org.metoodiffusion.centrality;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.metoodiffusion.store.EmbeddedNeo4j;
import org.metoodiffusion.store.GraphVersion;
import org.metoodiffusion.support.EmptyGraphTest;
import org.springframework.beans.factory.annotation.Autowired;

class WarmUpTests extends EmptyGraphTest {

    @Autowired
    WarmUp warmUp;

    @Autowired
    EmbeddedNeo4j database;

    @Autowired
    GraphVersion version;

    @Test
    void runsGdsOnASyntheticGraphAndLeavesNothingBehind() {
        long before = version.current().getAsLong();
        assertThat(warmUp.run(database)).isTrue();
        assertThat(GdsCatalog.graphNames(driver)).noneMatch(name -> name.startsWith("metoo-warm-up"));
        assertThat(version.current().getAsLong()).as("nothing written").isEqualTo(before);
    }
}
