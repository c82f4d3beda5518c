package org.metoodiffusion.influence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** Simulations whose outcome is known by hand: certain chains, a star of fair coins, repeatable seeds. */
class IndependentCascadeTests {

    static InfluenceGraph chain(int n, double p) {
        var builder = new InfluenceGraph.Builder();
        for (int i = 0; i + 1 < n; i++) {
            builder.edge("n" + i, "n" + (i + 1), p);
        }
        return builder.build();
    }

    static InfluenceGraph star(int leaves, double p) {
        var builder = new InfluenceGraph.Builder();
        for (int i = 1; i <= leaves; i++) {
            builder.edge("hub", "leaf" + i, p);
        }
        return builder.build();
    }

    @Test
    void aCertainChainIsActivatedWholeInEveryRun() {
        var graph = chain(5, 1.0);
        var model = new IndependentCascade(graph, new LiveEdges(1, 50));
        for (int r = 0; r < 50; r++) {
            var run = model.run(new int[] {graph.node("n0")}, r);
            assertThat(run.size()).isEqualTo(5);
            assertThat(run.depth()).isEqualTo(4);
            assertThat(run.newByStep()).containsExactly(1, 1, 1, 1, 1);
            // A chain of n nodes: (n + 1) / 3.
            assertThat(run.structuralVirality()).isCloseTo(2.0, within(1e-12));
        }
        // From the middle only the rest of the chain.
        assertThat(model.expectedSpread(new int[] {graph.node("n2")})).isEqualTo(3.0);
    }

    @Test
    void aStarOfFairCoinsReachesHalfItsLeavesOnAverage() {
        int leaves = 20;
        var graph = star(leaves, 0.5);
        var model = new IndependentCascade(graph, new LiveEdges(42, 10_000));
        // E = 1 + n/2 = 11; sd of one run sqrt(n/4) = 2.24, so the mean of 10,000 runs has sd 0.022: 0.1 is 4.5 sd.
        assertThat(model.expectedSpread(new int[] {graph.node("hub")})).isCloseTo(1 + leaves / 2.0, within(0.1));
        var run = model.run(new int[] {graph.node("hub")}, 0);
        assertThat(run.depth()).isLessThanOrEqualTo(1);
        // A star of n nodes: 2(n - 1)/n.
        assertThat(run.structuralVirality()).isCloseTo(2.0 * (run.size() - 1) / run.size(), within(1e-12));
    }

    @Test
    void theSameSeedGivesTheSameRunsAndCommonCoinsKeepSpreadMonotone() {
        var graph = star(30, 0.3);
        int hub = graph.node("hub");
        int[] first = sizes(new IndependentCascade(graph, new LiveEdges(7, 200)), new int[] {hub});
        int[] again = sizes(new IndependentCascade(graph, new LiveEdges(7, 200)), new int[] {hub});
        int[] other = sizes(new IndependentCascade(graph, new LiveEdges(8, 200)), new int[] {hub});
        assertThat(again).containsExactly(first);
        assertThat(other).isNotEqualTo(first);
        // Same coins: adding a seed never loses an account in any run.
        int[] more = sizes(new IndependentCascade(graph, new LiveEdges(7, 200)), new int[] {hub, graph.node("leaf1")});
        IntStream.range(0, 200).forEach(r -> assertThat(more[r]).isGreaterThanOrEqualTo(first[r]));
    }

    @Test
    void aSeedOutsideTheModelIsActiveAndActivatesNobody() {
        var graph = chain(3, 1.0);
        var model = new IndependentCascade(graph, new LiveEdges(1, 10));
        assertThat(model.expectedSpread(new int[] {-1})).isEqualTo(1.0);
        assertThat(model.expectedSpread(new int[] {-1, graph.node("n1")})).isEqualTo(3.0);
        var run = model.run(new int[] {graph.node("n0"), -1}, 0);
        assertThat(run.size()).isEqualTo(4);
        assertThat(run.newByStep()).containsExactly(2, 1, 1);
    }

    private static int[] sizes(IndependentCascade model, int[] seeds) {
        return IntStream.range(0, 200).map(r -> model.spread(seeds, r)).toArray();
    }
}
