package org.metoodiffusion.view;

import java.util.List;

import org.metoodiffusion.trace.Root;

/**
 * A cascade as a rooted tree: node 0 is the root, every other node's parent comes before it (so
 * one pass from the end computes subtree sums, one from the start computes depths).
 *
 * @param root  the root this tree was traced from
 * @param label the root node's label ({@code @Alyssa_Milano}, {@code Burke 2006}, {@code #metoo})
 * @param nodes the nodes, root first, each parent before its children
 */
public record DiffusionTree(Root root, String label, List<TreeNode> nodes) {

    public DiffusionTree {
        nodes = List.copyOf(nodes);
        if (nodes.isEmpty() || nodes.get(0).parent() != -1) {
            throw new IllegalArgumentException("a diffusion tree needs its root as node 0");
        }
        for (int i = 1; i < nodes.size(); i++) {
            int parent = nodes.get(i).parent();
            if (parent < 0 || parent >= i) {
                throw new IllegalArgumentException("node " + i + " must come after its parent, has " + parent);
            }
        }
    }

    public int size() {
        return nodes.size();
    }

    public TreeNode node(int index) {
        return nodes.get(index);
    }

    /** Size of each node's subtree (itself included), in O(n). */
    public int[] subtreeSizes() {
        int[] sizes = new int[size()];
        for (int i = size() - 1; i >= 0; i--) {
            sizes[i]++;
            if (i > 0) {
                sizes[nodes.get(i).parent()] += sizes[i];
            }
        }
        return sizes;
    }

    /** The parent array, for {@link org.metoodiffusion.trace.CascadeTree}. */
    public int[] parents() {
        return nodes.stream().mapToInt(TreeNode::parent).toArray();
    }

    /** The index of a node by id (a post id, or the virtual root's), -1 when absent; O(n). */
    public int indexOf(String id) {
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
