package org.metoodiffusion.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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

    /**
     * The earliest node posted by an account, matched by account id or by handle (case-insensitive,
     * with or without {@code @}).
     */
    public Optional<Integer> firstNodeOf(String account) {
        var wanted = account.strip();
        var handle = wanted.startsWith("@") ? wanted.substring(1) : wanted;
        int best = -1;
        for (int i = 0; i < size(); i++) {
            var node = nodes.get(i);
            boolean matches = wanted.equals(node.accountId())
                    || (node.username() != null && node.username().toLowerCase(Locale.ROOT)
                            .equals(handle.toLowerCase(Locale.ROOT)));
            if (matches && (best < 0 || node.time().isBefore(nodes.get(best).time()))) {
                best = i;
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(best);
    }

    /** The nodes from the root down to {@code node}, root first. */
    public List<Integer> pathTo(int node) {
        var path = new ArrayList<Integer>();
        for (int at = node; at >= 0; at = nodes.get(at).parent()) {
            path.add(0, at);
        }
        return path;
    }
}
