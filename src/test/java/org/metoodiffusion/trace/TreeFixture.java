package org.metoodiffusion.trace;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Cascade trees drawn by hand as parent arrays, for tests of what reads them (structural virality,
 * the views' layout, cap and colours). Node i is post {@code p<i>} by account {@code a<i>}
 * ({@code @user<i>}), posted i minutes after the root, a reply to its parent; the root is post 1.
 */
public final class TreeFixture {

    public static final Instant T0 = Instant.parse("2017-10-15T20:21:11Z");

    private TreeFixture() {
    }

    /**
     * The tree with these parents, numbered as given; {@link CascadeTree} validates the array, so an
     * array that is no tree numbered parents first is rejected here.
     */
    public static CascadeTree tree(int... parents) {
        int n = parents.length;
        String[] posts = new String[n];
        Map<String, Integer> postIndex = new HashMap<>();
        int[] authors = new int[n];
        String[] accounts = new String[n];
        String[] usernames = new String[n];
        long[] times = new long[n];
        Link[] links = new Link[n];
        int[] cascadeParents = new int[n];
        Basis[] bases = new Basis[n];
        for (int i = 0; i < n; i++) {
            posts[i] = "p" + i;
            postIndex.put(posts[i], i);
            authors[i] = i;
            accounts[i] = "a" + i;
            usernames[i] = "user" + i;
            times[i] = T0.plusSeconds(60L * i).toEpochMilli();
            links[i] = i == 0 ? Link.ROOT : Link.REPLY;
            // The cascade ignores what is out of range; the tree's own parent array is the one under test.
            cascadeParents[i] = parents[i] >= 0 && parents[i] < n ? parents[i] : -1;
            bases[i] = Basis.RECORDED;
        }
        var cascade = new Cascade(Root.parse("1"), Level.POST, "@user0", Reconstruction.PLATFORM, posts, postIndex,
                authors, accounts, usernames, times, links, cascadeParents, bases);
        int[] identity = new int[n];
        Arrays.setAll(identity, i -> i);
        return new CascadeTree(cascade, identity, parents.clone(), times[0]);
    }
}
