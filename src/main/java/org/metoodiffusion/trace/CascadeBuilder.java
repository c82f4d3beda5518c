package org.metoodiffusion.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Accumulates a cascade as the extraction reaches posts level by level. A post reached twice keeps
 * the better place: a reply's thread before a quote before a retweet, and a post reference before a
 * virtual root's seed rule. If corrupt data (a reference cycle) makes those preferences form a
 * cycle, {@link #build} falls back to the order in which posts were first reached, which is a tree.
 */
final class CascadeBuilder {

    private final Map<String, Integer> postIndex = new HashMap<>();
    private final Map<String, Integer> accountIndex = new HashMap<>();
    private final List<String> accountIds = new ArrayList<>();
    private final List<String> usernames = new ArrayList<>();
    private String[] posts = new String[1024];
    private int[] authors = new int[1024];
    private long[] times = new long[1024];
    private Link[] firstLinks = new Link[1024];
    private Link[] preferredLinks = new Link[1024];
    private int[] firstParents = new int[1024];
    private int[] preferredParents = new int[1024];
    private int size;
    private boolean virtualRoot;

    /** Node 0 for a post root. */
    void rootPost(String post, String account, String username, Long at) {
        add(post, account, username, at, -1, Link.ROOT);
    }

    /** Node 0 standing for an origin, account or hashtag; {@code account} is the root account, if any. */
    void virtualRoot(String account, String username) {
        virtualRoot = true;
        add(null, account, username, null, -1, Link.ROOT);
    }

    /** A post that starts the spread under a virtual root; returns whether it is new. */
    boolean seed(String post, String account, String username, Long at, Link via) {
        return reach(post, account, username, at, 0, via);
    }

    /** A post referencing {@code parentPost} (already in the cascade); returns whether it is new. */
    boolean reference(String post, String account, String username, Long at, String parentPost, Link link) {
        Integer parent = postIndex.get(parentPost);
        if (parent == null) {
            return false;
        }
        return reach(post, account, username, at, parent, link);
    }

    String postAt(int node) {
        return posts[node];
    }

    int size() {
        return size;
    }

    Cascade build(Root root, String label) {
        Cascade preferred = build(root, label, preferredParents, preferredLinks);
        // Every post was reached from the root, so a post its tree misses sits on a cycle of preferences.
        return preferred.treeSize() == size ? preferred : build(root, label, firstParents, firstLinks);
    }

    private Cascade build(Root root, String label, int[] parents, Link[] links) {
        Basis[] bases = new Basis[size];
        Arrays.fill(bases, Basis.RECORDED);
        return new Cascade(root, Level.POST, label, Reconstruction.PLATFORM, Arrays.copyOf(posts, size), postIndex,
                Arrays.copyOf(authors, size), accountIds.toArray(String[]::new), usernames.toArray(String[]::new),
                Arrays.copyOf(times, size), Arrays.copyOf(links, size), Arrays.copyOf(parents, size), bases);
    }

    private boolean reach(String post, String account, String username, Long at, int parent, Link link) {
        Integer known = postIndex.get(post);
        if (known == null) {
            add(post, account, username, at, parent, link);
            return true;
        }
        boolean betterPlace = link.outranks(preferredLinks[known])
                || virtualRoot && preferredParents[known] == 0 && parent != 0;
        if (known != 0 && known != parent && betterPlace) {
            preferredParents[known] = parent;
            preferredLinks[known] = link;
        }
        return false;
    }

    private void add(String post, String account, String username, Long at, int parent, Link link) {
        if (size == posts.length) {
            int capacity = size * 2;
            posts = Arrays.copyOf(posts, capacity);
            authors = Arrays.copyOf(authors, capacity);
            times = Arrays.copyOf(times, capacity);
            firstLinks = Arrays.copyOf(firstLinks, capacity);
            preferredLinks = Arrays.copyOf(preferredLinks, capacity);
            firstParents = Arrays.copyOf(firstParents, capacity);
            preferredParents = Arrays.copyOf(preferredParents, capacity);
        }
        posts[size] = post;
        if (post != null) {
            postIndex.put(post, size);
        }
        authors[size] = account == null ? -1 : accountIndex.computeIfAbsent(account, id -> {
            accountIds.add(id);
            usernames.add(username);
            return accountIds.size() - 1;
        });
        times[size] = at == null ? Cascade.UNKNOWN_TIME : at;
        firstLinks[size] = link;
        preferredLinks[size] = link;
        firstParents[size] = parent;
        preferredParents[size] = parent;
        size++;
    }
}
