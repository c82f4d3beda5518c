package org.metoodiffusion.view;

import java.util.Comparator;
import java.util.stream.IntStream;

import org.metoodiffusion.trace.CascadeTree;

/**
 * The cap rule for big cascades: <b>the top N nodes by the chosen measure, plus the nodes on the
 * paths that connect them to the root</b>, N as large as fits the cap. Nodes are taken in
 * decreasing score (ties: earlier first); each brings the ancestors not yet kept; the first node
 * that would overflow the cap ends the selection. O(n log n + n * depth).
 */
final class TopNCap {

    private TopNCap() {
    }

    /** What was kept, and the rule as a sentence for the image and the response (null when nothing was cut). */
    record Capped(Subtree subtree, String rule) {
    }

    static Capped apply(CascadeTree tree, double[] scores, String measure, int cap) {
        int n = tree.size();
        if (n <= cap) {
            return new Capped(Subtree.whole(tree), null);
        }
        boolean[] kept = new boolean[n];
        kept[0] = true;
        int count = 1;
        int top = 0;
        var byScore = IntStream.range(1, n).boxed()
                .sorted(Comparator.<Integer>comparingDouble(i -> -scores[i]).thenComparingInt(i -> i)).toList();
        for (int node : byScore) {
            int missing = 0;
            for (int at = node; !kept[at]; at = tree.parent(at)) {
                missing++;
            }
            if (count + missing > cap) {
                break;
            }
            for (int at = node; !kept[at]; at = tree.parent(at)) {
                kept[at] = true;
            }
            count += missing;
            top++;
        }
        int[] indices = IntStream.range(0, n).filter(i -> kept[i]).toArray();
        var rule = String.format("Capped: %,d of %,d nodes shown: the top %,d by %s plus the %,d node(s) on the "
                + "paths connecting them to the root", count, n, top, measure, count - top);
        return new Capped(Subtree.of(tree, indices), rule);
    }
}
