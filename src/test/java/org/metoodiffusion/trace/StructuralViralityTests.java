package org.metoodiffusion.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Goel et al. (2016): star 2(n-1)/n, chain (n+1)/3, and the O(n) form equal to the definition. */
class StructuralViralityTests {

    @Test
    void aStarScoresTwoTimesNMinusOneOverN() {
        for (int n : new int[] {2, 3, 10, 1000}) {
            var star = new int[n];
            star[0] = -1;
            assertThat(StructuralVirality.of(TreeFixture.tree(star))).isCloseTo(2.0 * (n - 1) / n, within(1e-12));
        }
    }

    @Test
    void aChainScoresNPlusOneOverThree() {
        for (int n : new int[] {2, 3, 10, 1000}) {
            var chain = new int[n];
            for (int node = 0; node < n; node++) {
                chain[node] = node - 1;
            }
            assertThat(StructuralVirality.of(TreeFixture.tree(chain))).isCloseTo((n + 1) / 3.0, within(1e-9));
        }
    }

    @Test
    void aSmallMixedTreeWorkedOnPaper() {
        // 0 -> 1 -> 3, 0 -> 2: path 3-1-0-2; distances 1,1,2,1,2,3 over 6 pairs = 10/6.
        var tree = TreeFixture.tree(-1, 0, 0, 1);
        assertThat(StructuralVirality.of(tree)).isCloseTo(10 / 6.0, within(1e-12));
        assertThat(StructuralVirality.bruteForce(tree)).isCloseTo(10 / 6.0, within(1e-12));
    }

    @Test
    void theLinearFormEqualsTheDefinitionOnRandomTrees() {
        var random = new SplittableRandom(2016);
        for (int round = 0; round < 50; round++) {
            int n = 1 + random.nextInt(300);
            var parent = new int[n];
            parent[0] = -1;
            for (int node = 1; node < n; node++) {
                parent[node] = random.nextInt(node);
            }
            var tree = TreeFixture.tree(parent);
            assertThat(StructuralVirality.of(tree)).isCloseTo(StructuralVirality.bruteForce(tree), within(1e-9));
            assertThat(StructuralVirality.ofParents(parent)).as("a bare parent array, as simulations give")
                    .isCloseTo(StructuralVirality.bruteForce(tree), within(1e-9));
        }
        assertThatThrownBy(() -> StructuralVirality.ofParents(new int[] {-1, 2, 0})).hasMessageContaining("parents first");
    }

    @Test
    void aSingleNodeScoresZero() {
        assertThat(StructuralVirality.of(TreeFixture.tree(-1))).isZero();
    }

    @Test
    void onlyTreesAreAccepted() {
        assertThatThrownBy(() -> TreeFixture.tree(0)).hasMessageContaining("root");
        assertThatThrownBy(() -> TreeFixture.tree(-1, 2, 1)).hasMessageContaining("cycle");
        assertThatThrownBy(() -> TreeFixture.tree(-1, 5)).hasMessageContaining("no valid parent");
        assertThatThrownBy(() -> TreeFixture.tree(-1, 1)).hasMessageContaining("no valid parent");
    }
}
