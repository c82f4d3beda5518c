package org.metoodiffusion.view;

import java.time.Instant;
import java.util.ArrayList;
import java.util.stream.IntStream;

import org.metoodiffusion.trace.Cascade;
import org.metoodiffusion.trace.CascadeService;
import org.metoodiffusion.trace.Reconstruction;
import org.metoodiffusion.trace.Root;
import org.springframework.stereotype.Component;

/**
 * Adapts the tracer's {@link Cascade} to the tree the views draw: the root's tree only (posts that
 * the reconstruction leaves unconnected are not drawn), breadth-first so every parent comes before
 * its children. A node whose time is unknown takes its parent's; a virtual root without a time
 * takes the earliest time in its tree. O(n).
 */
@Component
class CascadeTrees {

    private final CascadeService cascades;

    CascadeTrees(CascadeService cascades) {
        this.cascades = cascades;
    }

    DiffusionTree tree(Root root, Reconstruction method) {
        return of(cascades.cascade(root, method));
    }

    static DiffusionTree of(Cascade cascade) {
        int[] order = IntStream.range(0, cascade.size()).filter(i -> cascade.depth(i) >= 0).boxed()
                .sorted((a, b) -> a.equals(0) ? -1 : b.equals(0) ? 1
                        : cascade.depth(a) != cascade.depth(b) ? Integer.compare(cascade.depth(a), cascade.depth(b))
                        : Integer.compare(a, b))
                .mapToInt(Integer::intValue).toArray();
        int[] position = new int[cascade.size()];
        for (int i = 0; i < order.length; i++) {
            position[order[i]] = i;
        }
        long earliest = IntStream.of(order).mapToLong(cascade::time).filter(t -> t != Cascade.UNKNOWN_TIME).min()
                .orElse(0);
        var nodes = new ArrayList<TreeNode>(order.length);
        for (int i = 0; i < order.length; i++) {
            var node = cascade.node(order[i]);
            int parent = i == 0 ? -1 : position[node.parent()];
            Instant time = node.time() != null ? node.time()
                    : i == 0 ? Instant.ofEpochMilli(earliest) : nodes.get(parent).time();
            // At account level a node is an account, identified by its id.
            String id = cascade.key(order[i]) != null ? cascade.key(order[i]) : cascade.root().toString();
            nodes.add(new TreeNode(id, node.account(), node.username(), time, parent, node.link().name(),
                    node.depth()));
        }
        return new DiffusionTree(cascade.root(), cascade.root().kind() == Root.Kind.POST && nodes.get(0).username() != null
                ? "@" + nodes.get(0).username() : cascade.rootLabel(), nodes);
    }
}
