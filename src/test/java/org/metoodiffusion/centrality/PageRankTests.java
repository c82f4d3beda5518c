package org.metoodiffusion.centrality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.metoodiffusion.support.EmbeddedAppTest;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/** GDS runs inside the embedded database, through Bolt. */
class PageRankTests extends EmbeddedAppTest {

    @Autowired
    Driver driver;

    @Autowired
    PageRankService pageRank;

    @Test
    void gdsAndApocAreCallableThroughBolt() {
        var row = driver.executableQuery("RETURN gds.version() AS gds, apoc.version() AS apoc").execute()
                .records().get(0);
        assertThat(row.get("gds").asString()).startsWith("2.13");
        assertThat(row.get("apoc").asString()).startsWith("5.26");
    }

    /**
     * The seed story's interaction graph is the chain Paquin -(reply)-> Milano -(mention)-> Burke.
     * Unnormalised PageRank with d = 0.85: Paquin 0.15; Milano 0.15 + 0.85 * 0.15 = 0.2775;
     * Burke 0.15 + 0.85 * 0.2775 = 0.385875 (every out-degree is 1).
     */
    @Test
    void pageRankOfTheSeedChainMatchesTheHandComputedValues() {
        var top = pageRank.top(new PageRankParameters(0.85, 20, 10));
        assertThat(top).extracting(AccountScore::username).containsExactly("TaranaBurke", "Alyssa_Milano", "AnnaPaquin");
        assertThat(top.get(0).score()).isCloseTo(0.385875, within(1e-6));
        assertThat(top.get(1).score()).isCloseTo(0.2775, within(1e-6));
        assertThat(top.get(2).score()).isCloseTo(0.15, within(1e-6));
    }

    @Test
    void projectionsAreDroppedAfterUse() {
        pageRank.top(new PageRankParameters(0.85, 20, 1));
        var graphs = driver.executableQuery("CALL gds.graph.list() YIELD graphName RETURN count(*) AS n").execute()
                .records().get(0).get("n").asInt();
        assertThat(graphs).isZero();
    }

    @Test
    void parametersAreValidated() {
        assertThatThrownBy(() -> new PageRankParameters(1.0, 20, 10)).hasMessageContaining("dampingFactor");
        assertThatThrownBy(() -> new PageRankParameters(0.85, 0, 10)).hasMessageContaining("maxIterations");
        assertThatThrownBy(() -> new PageRankParameters(0.85, 20, 0)).hasMessageContaining("limit");
        assertThatThrownBy(() -> new PageRankParameters(Double.NaN, 20, 10)).hasMessageContaining("dampingFactor");
    }
}
