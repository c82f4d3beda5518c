package org.metoodiffusion.view;

import java.util.Arrays;

import org.metoodiffusion.trace.CascadeTree;

/**
 * The part of a cascade tree a view shows, closed under parents (every kept node's parent is kept),
 * re-indexed as a tree of its own.
 *
 * @param tree     the kept nodes as a tree, root first
 * @param original for each node of {@code tree}, its index in the full tree
 */
record Subtree(CascadeTree tree, int[] original) {

    /** @param kept indices of the full tree, ascending, closed under parents, starting with the root */
    static Subtree of(CascadeTree full, int[] kept) {
        return new Subtree(full.subtree(kept), kept.clone());
    }

    static Subtree whole(CascadeTree full) {
        int[] all = new int[full.size()];
        Arrays.setAll(all, i -> i);
        return new Subtree(full, all);
    }
}
