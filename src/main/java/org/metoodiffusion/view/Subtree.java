package org.metoodiffusion.view;

import java.util.ArrayList;
import java.util.Arrays;

/**
 * Part of a diffusion tree closed under parents (every kept node's parent is kept), re-indexed as
 * a tree of its own.
 *
 * @param tree     the kept nodes as a tree, root first
 * @param original for each node of {@code tree}, its index in the full tree
 */
record Subtree(DiffusionTree tree, int[] original) {

    /** @param kept indices of the full tree, ascending, closed under parents, starting with the root */
    static Subtree of(DiffusionTree full, int[] kept) {
        int[] newIndex = new int[full.size()];
        Arrays.fill(newIndex, -1);
        var nodes = new ArrayList<TreeNode>(kept.length);
        for (int i = 0; i < kept.length; i++) {
            var node = full.node(kept[i]);
            int parent = node.parent() < 0 ? -1 : newIndex[node.parent()];
            if (i > 0 && parent < 0) {
                throw new IllegalArgumentException("node " + kept[i] + " is kept without its parent");
            }
            newIndex[kept[i]] = i;
            nodes.add(new TreeNode(node.id(), node.accountId(), node.username(), node.time(),
                    parent, node.kind(), node.depth()));
        }
        return new Subtree(new DiffusionTree(full.root(), full.label(), nodes), kept.clone());
    }

    static Subtree whole(DiffusionTree full) {
        int[] all = new int[full.size()];
        Arrays.setAll(all, i -> i);
        return new Subtree(full, all);
    }
}
