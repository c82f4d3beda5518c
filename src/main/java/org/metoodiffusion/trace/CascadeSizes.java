package org.metoodiffusion.trace;

/**
 * The sizes of the cascades a virtual root starts: a hashtag's (or an origin's, or an account's) seed
 * posts are the virtual root's children, and each seed's subtree (its replies, quotes and retweets at
 * any depth, as the reconstruction attached them) is one cascade, its size the number of posts in it,
 * the seed included. This is the cascade size of Vosoughi, Roy &amp; Aral, "The spread of true and false
 * news online", Science 359 (2018), whose Fig. 2 plots its complementary cumulative distribution.
 * Under a reconstruction that leaves retweets unconnected (a forest) only the seed's own tree counts.
 * O(n): subtree sizes accumulate bottom-up in one pass over the breadth-first order.
 */
public final class CascadeSizes {

    private CascadeSizes() {
    }

    /**
     * One size per seed, in the cascade's seed order.
     *
     * @throws IllegalArgumentException for a cascade whose root is a post or an account at account level:
     *                                  one cascade, not a population of them
     */
    public static int[] ofSeeds(Cascade cascade) {
        if (!cascade.isVirtual(0)) {
            throw new IllegalArgumentException(cascade.root() + " is a single cascade (" + cascade.level().label()
                    + " level); cascade sizes are those of the cascades a hashtag, an origin or an account's posts start,"
                    + " e.g. #metoo or burke.");
        }
        int[] order = cascade.treeOrder();
        int[] subtree = new int[cascade.size()];
        for (int i = order.length - 1; i > 0; i--) {
            int node = order[i];
            subtree[node]++;
            int parent = cascade.parent(node);
            if (parent > 0) {
                subtree[parent] += subtree[node];
            }
        }
        int seeds = 0;
        for (int i = 1; i < order.length; i++) {
            seeds += cascade.parent(order[i]) == 0 ? 1 : 0;
        }
        int[] sizes = new int[seeds];
        int next = 0;
        for (int i = 1; i < order.length; i++) {
            if (cascade.parent(order[i]) == 0) {
                sizes[next++] = subtree[order[i]];
            }
        }
        return sizes;
    }
}
