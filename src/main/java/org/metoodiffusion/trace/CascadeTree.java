package org.metoodiffusion.trace;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The root's tree of a {@link Cascade}, as structural virality and the views read it: the nodes the
 * root reaches, numbered so that every parent comes before its children (node 0 is the root), each
 * read through its index. It is a view over the cascade's arrays, not a copy: it holds two
 * {@code int}s a node (which cascade node it is, and its parent in the tree's numbering), so a
 * million-node cascade's tree costs 8 MB and no object per node.
 *
 * <p>Numbering parents first lets one pass from the end sum subtrees and one from the start walk
 * down, with no recursion. {@link Cascade#tree()} numbers the nodes breadth-first, by depth and
 * then by cascade index (the order the extraction met them), so that the views' ties break in a
 * stable order; {@link #subtree} keeps that order. Validated on construction.
 *
 * <p>Every node of the tree has a {@linkplain #time time}: a node whose time is unknown (a
 * placeholder post, a virtual root) takes its parent's, the root the earliest time in its tree.
 */
public final class CascadeTree {

    private final Cascade cascade;
    private final int[] node;
    private final int[] parent;
    private final long rootTime;

    /**
     * @param cascade  where the nodes' posts, authors and times are read
     * @param node     the cascade node of each tree node
     * @param parent   the tree node each node responds to, -1 for the root (node 0); parents first
     * @param rootTime the root's time in epoch milliseconds, known or taken from its tree
     */
    CascadeTree(Cascade cascade, int[] node, int[] parent, long rootTime) {
        if (node.length != parent.length) {
            throw new IllegalArgumentException(node.length + " nodes, " + parent.length + " parents");
        }
        if (parent.length == 0 || parent[0] != -1) {
            throw new IllegalArgumentException("node 0 must be the root (parent -1)");
        }
        for (int i = 1; i < parent.length; i++) {
            if (parent[i] < 0 || parent[i] >= parent.length || parent[i] == i) {
                throw new IllegalArgumentException("node " + i + " has no valid parent: " + parent[i]);
            }
            if (parent[i] > i) {
                throw new IllegalArgumentException("node " + i + " comes before its parent " + parent[i]
                        + ": not numbered parents first, or a cycle");
            }
        }
        this.cascade = cascade;
        this.node = node;
        this.parent = parent;
        this.rootTime = rootTime;
    }

    /** Nodes in the tree, the root included. */
    public int size() {
        return parent.length;
    }

    /** The tree node a node responds to, -1 for the root; always lower than the node itself. */
    public int parent(int i) {
        return parent[i];
    }

    /** Hops from the root. */
    public int depth(int i) {
        return cascade.depth(node[i]);
    }

    /** What identifies the node: its post id, at account level its account id, for a virtual root the root's name. */
    public String id(int i) {
        String key = cascade.key(node[i]);
        return key != null ? key : cascade.root().toString();
    }

    /** The author's account id, or null for a virtual root or an unknown author. */
    public String accountId(int i) {
        int author = cascade.author(node[i]);
        return author < 0 ? null : cascade.accountId(author);
    }

    /** The authors' account ids, each once, in node order. */
    public Set<String> accountIds() {
        Set<String> ids = new LinkedHashSet<>();
        for (int i = 0; i < size(); i++) {
            if (accountId(i) != null) {
                ids.add(accountId(i));
            }
        }
        return ids;
    }

    /** The author's handle, or null when unknown. */
    public String username(int i) {
        int author = cascade.author(node[i]);
        return author < 0 ? null : cascade.username(author);
    }

    /** How the node joins its parent ({@link Link#ROOT} for the root). */
    public Link link(int i) {
        return cascade.link(node[i]);
    }

    /** When the node was posted; when unknown, its parent's time, for the root the earliest in its tree. */
    public Instant time(int i) {
        int at = i;
        while (at > 0 && cascade.time(node[at]) == Cascade.UNKNOWN_TIME) {
            at = parent[at];
        }
        return Instant.ofEpochMilli(at == 0 ? rootTime : cascade.time(node[at]));
    }

    /** The root this tree was traced from. */
    public Root root() {
        return cascade.root();
    }

    /** The root's name for people: {@code @handle} for a post root, else the cascade's label ({@code Burke 2006}, {@code #metoo}). */
    public String label() {
        String username = username(0);
        return cascade.root().kind() == Root.Kind.POST && username != null ? "@" + username : cascade.rootLabel();
    }

    /** Size of each node's subtree (itself included), in O(n). */
    public int[] subtreeSizes() {
        int[] sizes = new int[size()];
        for (int i = size() - 1; i >= 0; i--) {
            sizes[i]++;
            if (i > 0) {
                sizes[parent[i]] += sizes[i];
            }
        }
        return sizes;
    }

    /** The index of a node by {@link #id}, -1 when absent; O(n). */
    public int indexOf(String id) {
        for (int i = 0; i < size(); i++) {
            if (id(i).equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Part of this tree as a tree of its own, numbered in the order given; times stay those of this
     * tree (the root keeps its time even when the node it was taken from is left out).
     *
     * @param kept nodes of this tree, ascending, closed under parents, starting with the root
     */
    public CascadeTree subtree(int[] kept) {
        int[] newIndex = new int[size()];
        int[] keptNode = new int[kept.length];
        int[] keptParent = new int[kept.length];
        Arrays.fill(newIndex, -1);
        for (int i = 0; i < kept.length; i++) {
            int old = parent[kept[i]];
            keptParent[i] = old < 0 ? -1 : newIndex[old];
            if (i > 0 && keptParent[i] < 0) {
                throw new IllegalArgumentException("node " + kept[i] + " is kept without its parent");
            }
            keptNode[i] = node[kept[i]];
            newIndex[kept[i]] = i;
        }
        return new CascadeTree(cascade, keptNode, keptParent, rootTime);
    }
}
