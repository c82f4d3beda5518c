package org.metoodiffusion.view;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

import org.metoodiffusion.trace.CascadeTree;

/**
 * Communities of a cascade by branch: every node belongs to the subtree of the root's child it
 * descends from. Branches are ranked by size; the {@link #NAMED} largest get their own colour
 * ({@code branch-1} ... {@code branch-8}), the rest share {@code branch-other}. O(n). A structural
 * partition, cheap at any size; not a modularity-based community detection.
 */
final class BranchCommunities {

    static final int NAMED = 8;

    private BranchCommunities() {
    }

    static String[] groups(CascadeTree tree) {
        int n = tree.size();
        int[] branch = new int[n];
        branch[0] = -1;
        for (int i = 1; i < n; i++) {
            int parent = tree.parent(i);
            branch[i] = parent == 0 ? i : branch[parent];
        }
        int[] sizes = tree.subtreeSizes();
        int[] rankOf = new int[n];
        var children = IntStream.range(1, n).filter(i -> tree.parent(i) == 0).boxed()
                .sorted(Comparator.<Integer>comparingInt(i -> -sizes[i]).thenComparingInt(i -> i)).toList();
        Arrays.fill(rankOf, Integer.MAX_VALUE);
        for (int rank = 0; rank < children.size(); rank++) {
            rankOf[children.get(rank)] = rank + 1;
        }
        var groups = new String[n];
        groups[0] = "root";
        for (int i = 1; i < n; i++) {
            int rank = rankOf[branch[i]];
            groups[i] = rank <= NAMED ? "branch-" + rank : "branch-other";
        }
        return groups;
    }
}
