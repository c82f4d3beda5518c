package org.metoodiffusion.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.metoodiffusion.trace.TreeFixture.tree;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The layout and the cap rule on small trees whose answer is known by hand. */
class TreeLayoutTests {

    @Test
    void xFollowsTimeAndParentsSitMidwayOverTheirChildren() {
        var xy = TimeOrderedLayout.positions(tree(-1, 0, 0, 1, 1));
        assertThat(xy[0]).containsExactly(0, 250, 500, 750, 1000);
        // Leaves 3, 4 (under 1) and 2 take the slots; 1 sits between 3 and 4; the root between 1 and 2.
        assertThat(xy[1][3]).isEqualTo(0);
        assertThat(xy[1][4]).isEqualTo(500);
        assertThat(xy[1][2]).isEqualTo(1000);
        assertThat(xy[1][1]).isEqualTo(250);
        assertThat(xy[1][0]).isEqualTo(625);
    }

    @Test
    void aChainIsAStraightLine() {
        var xy = TimeOrderedLayout.positions(tree(-1, 0, 1, 2));
        assertThat(xy[1]).containsOnly(500);
    }

    @Test
    void capKeepsTopNodesByMeasureWithTheirPathsToTheRoot() {
        // Chain 0-1-2-3 and leaves 4, 5 on the root; node 3 scores highest, so it brings 1 and 2.
        var tree = tree(-1, 0, 1, 2, 0, 0);
        double[] scores = {0, 1, 2, 9, 5, 4};
        var capped = TopNCap.apply(tree, scores, "test", 5);
        var kept = capped.subtree().original();
        assertThat(kept).containsExactly(0, 1, 2, 3, 4);
        assertThat(capped.rule()).isEqualTo("Capped: 5 of 6 nodes shown: the top 2 by test plus the 3 node(s) on the "
                + "paths connecting them to the root");
        assertThat(capped.subtree().tree().parent(3)).isEqualTo(2);
    }

    @Test
    void nothingIsCutUnderTheCap() {
        var capped = TopNCap.apply(tree(-1, 0, 0), new double[3], "test", 3);
        assertThat(capped.rule()).isNull();
        assertThat(capped.subtree().original()).containsExactly(0, 1, 2);
    }

    @Test
    void communitiesAreTheRootsBranchesLargestFirst() {
        var groups = BranchCommunities.groups(tree(-1, 0, 0, 2, 2));
        assertThat(List.of(groups)).containsExactly("root", "branch-2", "branch-1", "branch-1", "branch-1");
    }
}
