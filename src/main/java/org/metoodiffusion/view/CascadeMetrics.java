package org.metoodiffusion.view;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;

import org.metoodiffusion.trace.CascadeTree;
import org.metoodiffusion.trace.StructuralVirality;

/**
 * The figures of a whole cascade (before any cap) for the viewer's side panel: size, depth (the
 * root's eccentricity), maximum breadth (the largest level) and duration after Vosoughi, Roy &amp;
 * Aral, Science 2018; structural virality after Goel et al., Management Science 2016.
 *
 * @param size               nodes, the root included
 * @param accounts           distinct authors
 * @param depth              the deepest node's distance from the root
 * @param maxBreadth         the most nodes at one depth
 * @param structuralVirality mean distance between two nodes of the tree taken as undirected
 * @param first              the earliest post after the root
 * @param last               the latest post
 * @param durationHours      hours from the root's first post to the last (0 for a lone root)
 */
public record CascadeMetrics(int size, int accounts, int depth, int maxBreadth, double structuralVirality,
        Instant first, Instant last, double durationHours) {

    static CascadeMetrics of(DiffusionTree tree) {
        int n = tree.size();
        int depth = 0;
        int[] breadth = new int[n + 1];
        var accounts = new HashSet<String>();
        Instant first = null;
        Instant last = tree.node(0).time();
        for (var node : tree.nodes()) {
            depth = Math.max(depth, node.depth());
            breadth[Math.min(node.depth(), n)]++;
            if (node.accountId() != null) {
                accounts.add(node.accountId());
            }
            if (node.parent() >= 0 && (first == null || node.time().isBefore(first))) {
                first = node.time();
            }
            if (node.time().isAfter(last)) {
                last = node.time();
            }
        }
        int maxBreadth = 0;
        for (int level = 1; level <= depth; level++) {
            maxBreadth = Math.max(maxBreadth, breadth[level]);
        }
        var start = tree.node(0).accountId() == null && first != null ? first : tree.node(0).time();
        double hours = Duration.between(start, last).toSeconds() / 3600.0;
        return new CascadeMetrics(n, accounts.size(), depth, maxBreadth,
                StructuralVirality.of(new CascadeTree(tree.parents())), first, last, Math.max(0, hours));
    }
}
