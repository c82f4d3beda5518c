package org.metoodiffusion.influence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** CELF against hand-worked optima and against the top accounts by out-degree. */
class CelfTests {

    /**
     * A reaches 1..5, B reaches 1..4, C reaches 6..8, all with certainty. By out-degree the top 2 are A and
     * B, whose audiences overlap: 1 + 1 + 5 = 7 accounts. The best pair, by enumerating the three pairs by
     * hand (AB 7, AC 10, BC 9), is A and C: 10.
     */
    static InfluenceGraph overlapping() {
        var builder = new InfluenceGraph.Builder();
        IntStream.rangeClosed(1, 5).forEach(i -> builder.edge("A", "n" + i, 1));
        IntStream.rangeClosed(1, 4).forEach(i -> builder.edge("B", "n" + i, 1));
        IntStream.rangeClosed(6, 8).forEach(i -> builder.edge("C", "n" + i, 1));
        return builder.build();
    }

    @Test
    void choosesTheBestPairWhereTheTopTwoByDegreeOverlap() {
        var graph = overlapping();
        var coins = new LiveEdges(1, 20);
        var celf = new Celf(graph, coins);
        int[] candidates = IntStream.range(0, graph.nodes()).toArray();
        var picks = celf.select(candidates, 2);
        assertThat(picks).extracting(p -> graph.id(p.node())).containsExactly("A", "C");
        assertThat(picks.get(0).gain()).isEqualTo(6.0);
        assertThat(picks.get(1).gain()).isEqualTo(4.0);
        assertThat(picks.get(1).spread()).isEqualTo(10.0);
        var simulation = new IndependentCascade(graph, coins);
        assertThat(simulation.expectedSpread(new int[] {graph.node("A"), graph.node("C")})).isEqualTo(10.0);
        assertThat(simulation.expectedSpread(new int[] {graph.node("A"), graph.node("B")})).isEqualTo(7.0);
        // Lazy: after the first round (12 evaluations) only C and B were looked at again, not every candidate.
        assertThat(celf.evaluations()).isLessThan(2L * candidates.length);
    }

    @Test
    void underUncertainCoinsCelfDoesAtLeastAsWellAsTheTopByDegree() {
        var builder = new InfluenceGraph.Builder();
        IntStream.rangeClosed(1, 8).forEach(i -> builder.edge("A", "n" + i, 0.5));
        IntStream.rangeClosed(1, 7).forEach(i -> builder.edge("B", "n" + i, 0.5));
        IntStream.rangeClosed(20, 25).forEach(i -> builder.edge("C", "n" + i, 0.9));
        IntStream.rangeClosed(1, 3).forEach(i -> builder.edge("n" + (19 + i), "m" + i, 0.9));
        var graph = builder.build();
        var coins = new LiveEdges(3, 2000);
        var picks = new Celf(graph, coins).select(IntStream.range(0, graph.nodes()).toArray(), 2);
        var simulation = new IndependentCascade(graph, coins);
        double celf = simulation.expectedSpread(picks.stream().mapToInt(Celf.Pick::node).toArray());
        double byDegree = simulation.expectedSpread(new int[] {graph.node("A"), graph.node("B")});
        assertThat(celf).isCloseTo(picks.get(1).spread(), within(1e-9)).isGreaterThanOrEqualTo(byDegree);
        // Expected by hand: A 1 + 4 = 5; C 1 + 6 x 0.9 + 3 x 0.81 = 8.83; both disjoint: 13.83.
        assertThat(picks).extracting(p -> graph.id(p.node())).containsExactlyInAnyOrder("A", "C");
        assertThat(celf).isCloseTo(13.83, within(0.2));
    }

    @Test
    void theSameSeedPicksTheSame() {
        var graph = IndependentCascadeTests.star(10, 0.4);
        int[] all = IntStream.range(0, graph.nodes()).toArray();
        var first = new Celf(graph, new LiveEdges(5, 100)).select(all, 3);
        var again = new Celf(graph, new LiveEdges(5, 100)).select(all, 3);
        assertThat(again).isEqualTo(first);
    }
}
