package org.metoodiffusion.view;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import org.metoodiffusion.api.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Which root each author carries: {@code MILANO} when the account has a post in the cascade of
 * Milano's tweet, {@code BURKE} when it has a post in the cascade of Burke's 2006 origin (posts that
 * credit it or reply to, quote or retweet those), {@code BOTH}, else {@code NEITHER}. The two
 * account sets are cached for {@link #FRESH_FOR} so a view does not trace both cascades every time.
 */
@Component
class RootAttribution {

    static final Duration FRESH_FOR = Duration.ofSeconds(60);
    private static final ViewRoot MILANO = new ViewRoot(ViewRoot.Kind.POST, ViewRoot.MILANO_POST);
    private static final ViewRoot BURKE = new ViewRoot(ViewRoot.Kind.ORIGIN, ViewRoot.BURKE_ORIGIN);

    private final DiffusionTreeSource trees;
    private volatile Carriers cached;

    RootAttribution(DiffusionTreeSource trees) {
        this.trees = trees;
    }

    /** One group per node of the tree; a virtual root's group is its own root. */
    String[] groups(DiffusionTree tree) {
        var carriers = carriers(tree);
        var groups = new String[tree.size()];
        for (int i = 0; i < tree.size(); i++) {
            var account = tree.node(i).accountId();
            boolean milano = account != null && carriers.milano().contains(account);
            boolean burke = account != null && carriers.burke().contains(account);
            if (i == 0 && account == null) {
                milano = tree.root().equals(MILANO);
                burke = tree.root().equals(BURKE);
            }
            groups[i] = milano && burke ? "BOTH" : milano ? "MILANO" : burke ? "BURKE" : "NEITHER";
        }
        return groups;
    }

    private Carriers carriers(DiffusionTree tree) {
        var current = cached;
        if (current == null || current.at().plus(FRESH_FOR).isBefore(Instant.now())) {
            current = new Carriers(Instant.now(), accounts(tree, MILANO), accounts(tree, BURKE));
            cached = current;
        }
        return current;
    }

    private Set<String> accounts(DiffusionTree shown, ViewRoot root) {
        DiffusionTree tree;
        if (shown.root().equals(root)) {
            tree = shown;
        } else {
            try {
                tree = trees.tree(root);
            } catch (NotFoundException e) {
                return Set.of();
            }
        }
        var accounts = new HashSet<String>();
        tree.nodes().forEach(node -> {
            if (node.accountId() != null) {
                accounts.add(node.accountId());
            }
        });
        return accounts;
    }

    private record Carriers(Instant at, Set<String> milano, Set<String> burke) {
    }
}
