package org.metoodiffusion.trace;

import java.time.Instant;
import java.util.Arrays;
import java.util.Map;

/**
 * A cascade extracted from the graph, held in compact arrays so that a million-node cascade costs
 * tens of megabytes: node 0 is the root, every other node a post with its author, time, parent,
 * link and basis. Under a reconstruction that leaves retweets unconnected it is a forest: nodes
 * outside the root's tree have depth -1. Immutable; {@link #reparented} derives a reconstruction.
 *
 * <p>At {@link Level#ACCOUNT} level a node is an account without a post: node 0 the root account,
 * every other node an account at its first activation (post null, author the account itself).
 */
public final class Cascade {

    /** Time of a node whose time is unknown (a placeholder post from before snowflake ids). */
    public static final long UNKNOWN_TIME = Long.MIN_VALUE;

    private final Root root;
    private final Level level;
    private final String rootLabel;
    private final Reconstruction method;
    private final String[] posts;
    private final int[] authors;
    private final String[] accountIds;
    private final String[] usernames;
    private final long[] times;
    private final Link[] links;
    private final int[] parents;
    private final Basis[] bases;
    private final int[] depths;
    private final int[] treeOrder;
    private final Map<String, Integer> postIndex;

    /** @param postIndex node of each post id, built while extracting (shared by the reconstructions) */
    Cascade(Root root, Level level, String rootLabel, Reconstruction method, String[] posts, Map<String, Integer> postIndex,
            int[] authors, String[] accountIds, String[] usernames, long[] times, Link[] links, int[] parents,
            Basis[] bases) {
        this.root = root;
        this.level = level;
        this.rootLabel = rootLabel;
        this.method = method;
        this.posts = posts;
        this.postIndex = postIndex;
        this.authors = authors;
        this.accountIds = accountIds;
        this.usernames = usernames;
        this.times = times;
        this.links = links;
        this.parents = parents;
        this.bases = bases;
        this.treeOrder = breadthFirstFromRoot(parents);
        this.depths = depths(parents, treeOrder);
    }

    /** The same nodes with other parents, as a reconstruction inferred them. */
    Cascade reparented(Reconstruction reconstruction, int[] newParents, Basis[] newBases) {
        return new Cascade(root, level, rootLabel, reconstruction, posts, postIndex, authors, accountIds, usernames, times, links,
                newParents, newBases);
    }

    public Root root() {
        return root;
    }

    public Level level() {
        return level;
    }

    public String rootLabel() {
        return rootLabel;
    }

    public Reconstruction method() {
        return method;
    }

    /** Nodes, connected to the root or not. */
    public int size() {
        return posts.length;
    }

    /** Nodes in the root's tree, the root included. */
    public int treeSize() {
        return treeOrder.length;
    }

    /**
     * The root's tree, nodes in the order a breadth-first search meets them (each parent before its
     * children; index 0 is the root): for passes over the tree in this package. {@link #tree()}
     * numbers the same nodes by depth, then index.
     */
    int[] treeOrder() {
        return treeOrder.clone();
    }

    public CascadeNode node(int i) {
        int author = authors[i];
        return new CascadeNode(i, posts[i], author < 0 ? null : accountIds[author], author < 0 ? null : usernames[author],
                times[i] == UNKNOWN_TIME ? null : Instant.ofEpochMilli(times[i]), parents[i], links[i], bases[i],
                depths[i]);
    }

    public String post(int i) {
        return posts[i];
    }

    /** Whether the node is a virtual root (an origin, account or hashtag at post level), standing for no act of its own. */
    public boolean isVirtual(int i) {
        return level == Level.POST && posts[i] == null;
    }

    /** What identifies the node: its post id, at account level its account id; null for a virtual root. */
    public String key(int i) {
        return level == Level.ACCOUNT ? accountIds[authors[i]] : posts[i];
    }

    /** Index of the node's author among {@link #accountCount()} accounts, or -1 when unknown. */
    public int author(int i) {
        return authors[i];
    }

    public int accountCount() {
        return accountIds.length;
    }

    public String accountId(int account) {
        return accountIds[account];
    }

    public String username(int account) {
        return usernames[account];
    }

    /** Epoch milliseconds, or {@link #UNKNOWN_TIME}. */
    public long time(int i) {
        return times[i];
    }

    public int parent(int i) {
        return parents[i];
    }

    public Link link(int i) {
        return links[i];
    }

    public Basis basis(int i) {
        return bases[i];
    }

    public int depth(int i) {
        return depths[i];
    }

    /** The node of a post, or -1 when the post is not in this cascade. */
    public int indexOfPost(String postId) {
        return postIndex.getOrDefault(postId, -1);
    }

    /**
     * The root's tree, as structural virality and the views read it: nodes numbered by depth, and
     * within a depth by their index here (the order the extraction met them), so the views break ties
     * in the same order whichever reconstruction chose the parents. O(n); built on demand, two
     * {@code int}s a node.
     */
    public CascadeTree tree() {
        int[] order = byDepthThenIndex();
        int[] position = new int[posts.length];
        long earliest = Long.MAX_VALUE;
        for (int i = 0; i < order.length; i++) {
            position[order[i]] = i;
            earliest = times[order[i]] == UNKNOWN_TIME ? earliest : Math.min(earliest, times[order[i]]);
        }
        int[] parent = new int[order.length];
        parent[0] = -1;
        for (int i = 1; i < order.length; i++) {
            parent[i] = position[parents[order[i]]];
        }
        long rootTime = times[0] != UNKNOWN_TIME ? times[0] : earliest == Long.MAX_VALUE ? 0 : earliest;
        return new CascadeTree(this, order, parent, rootTime);
    }

    /** The nodes of the root's tree by depth, then index: a counting sort, O(n). */
    private int[] byDepthThenIndex() {
        // The breadth-first order meets the depths in increasing order: its last node is the deepest,
        // and where each depth starts in it is where it starts here.
        int[] next = new int[depths[treeOrder[treeOrder.length - 1]] + 1];
        for (int i = treeOrder.length - 1; i >= 0; i--) {
            next[depths[treeOrder[i]]] = i;
        }
        int[] order = new int[treeOrder.length];
        for (int node = 0; node < posts.length; node++) {
            if (depths[node] >= 0) {
                order[next[depths[node]]++] = node;
            }
        }
        return order;
    }

    private static int[] breadthFirstFromRoot(int[] parents) {
        int n = parents.length;
        int[] start = new int[n + 1];
        for (int node = 1; node < n; node++) {
            if (parents[node] >= 0) {
                start[parents[node] + 1]++;
            }
        }
        for (int i = 1; i <= n; i++) {
            start[i] += start[i - 1];
        }
        int[] children = new int[start[n]];
        int[] fill = Arrays.copyOf(start, n);
        for (int node = 1; node < n; node++) {
            if (parents[node] >= 0) {
                children[fill[parents[node]]++] = node;
            }
        }
        int[] order = new int[n];
        int tail = 1;
        for (int head = 0; head < tail; head++) {
            int node = order[head];
            for (int c = start[node]; c < start[node + 1]; c++) {
                order[tail++] = children[c];
            }
        }
        return Arrays.copyOf(order, tail);
    }

    private static int[] depths(int[] parents, int[] order) {
        int[] depth = new int[parents.length];
        Arrays.fill(depth, -1);
        depth[0] = 0;
        for (int i = 1; i < order.length; i++) {
            depth[order[i]] = depth[parents[order[i]]] + 1;
        }
        return depth;
    }
}
