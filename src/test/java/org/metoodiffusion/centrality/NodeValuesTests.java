package org.metoodiffusion.centrality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The order of {@link NodeValues}, its first positions made at once and the rest on demand. */
class NodeValuesTests {

    @Test
    void ordersAsTheBoxedComparatorDid() {
        for (int size : new int[] {0, 1, 7, NodeValues.EAGER * 2, NodeValues.EAGER * 2 + 1, 50_000}) {
            var random = new Random(size);
            var nodeIds = random.longs(size, 0, Long.MAX_VALUE).distinct().toArray();
            var values = new double[nodeIds.length];
            for (int i = 0; i < values.length; i++) {
                // Many ties (PageRank's 0.15 of nodes nothing points to), NaN, both zeros, negatives.
                values[i] = switch (random.nextInt(6)) {
                    case 0 -> 0.15;
                    case 1 -> Double.NaN;
                    case 2 -> random.nextBoolean() ? 0.0 : -0.0;
                    case 3 -> -random.nextDouble();
                    default -> random.nextDouble() * 10;
                };
            }
            var order = boxedOrder(nodeIds, values);
            var expected = Arrays.stream(order).mapToLong(i -> nodeIds[i]).toArray();
            var actual = NodeValues.sorted(nodeIds.clone(), values.clone());

            assertThat(actual.size()).isEqualTo(nodeIds.length);
            int first = Math.min(100, nodeIds.length);
            assertThat(actual.nodeIds(0, first)).containsExactly(Arrays.copyOf(expected, first));
            var orderedValues = IntStream.range(0, nodeIds.length).mapToDouble(actual::value).toArray();
            var expectedValues = Arrays.stream(order).mapToDouble(i -> values[i]).toArray();
            assertThat(actual.nodeIds(0, nodeIds.length)).containsExactly(expected);
            assertThat(Arrays.equals(orderedValues, expectedValues)).isTrue();
            if (nodeIds.length > 0) {
                long last = expected[expected.length - 1];
                assertThat(actual.position(last)).isEqualTo(expected.length - 1);
            }
        }
    }

    @Test
    void aDeepPositionIsOrderedOnDemand() {
        int size = NodeValues.EAGER * 5;
        var nodeIds = IntStream.range(0, size).mapToLong(i -> size - i).toArray();
        var values = IntStream.range(0, size).mapToDouble(i -> i % 3).toArray();
        var ordered = NodeValues.sorted(nodeIds, values);

        // Value 2 for every third node, by node id ascending; the deepest has value 0 and the highest node id.
        assertThat(ordered.value(0)).isEqualTo(2.0);
        assertThat(ordered.nodeId(0)).isEqualTo(3);
        assertThat(ordered.value(size - 1)).isEqualTo(0.0);
        assertThat(ordered.nodeId(size - 1)).isEqualTo(size);
        assertThat(ordered.position(-1)).isEqualTo(-1);
    }

    /** Positions in the order of the boxed comparator NodeValues used before. */
    private static int[] boxedOrder(long[] nodeIds, double[] values) {
        var order = new Integer[nodeIds.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -values[i]).thenComparingLong(i -> nodeIds[i]));
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }
}
