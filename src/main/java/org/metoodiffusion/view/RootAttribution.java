package org.metoodiffusion.view;

import java.util.HashSet;
import java.util.Set;

import org.metoodiffusion.api.NotFoundException;
import org.metoodiffusion.trace.Reconstruction;
import org.metoodiffusion.trace.Root;
import org.springframework.stereotype.Component;

/**
 * Which root each author carries: {@code MILANO} when the account has a post in the cascade of
 * Milano's tweet, {@code BURKE} when it has one in the cascade of Burke's 2006 origin (posts that
 * credit it, mention or are written by its accounts, and the posts that reply to, quote or retweet
 * those), {@code BOTH}, else {@code NEITHER}. Both cascades come from the tracer under the platform's
 * record; it caches them until the graph changes.
 */
@Component
class RootAttribution {

    private final CascadeTrees trees;

    RootAttribution(CascadeTrees trees) {
        this.trees = trees;
    }

    /** One group per node of the tree; a virtual root's group is the root it stands for. */
    String[] groups(DiffusionTree tree) {
        var milano = accounts(tree, Root.MILANO);
        var burke = accounts(tree, Root.BURKE);
        var groups = new String[tree.size()];
        for (int i = 0; i < tree.size(); i++) {
            var account = tree.node(i).accountId();
            boolean isMilano = account != null ? milano.contains(account) : i == 0 && tree.root().equals(Root.MILANO);
            boolean isBurke = account != null ? burke.contains(account) : i == 0 && tree.root().equals(Root.BURKE);
            groups[i] = isMilano && isBurke ? "BOTH" : isMilano ? "MILANO" : isBurke ? "BURKE" : "NEITHER";
        }
        return groups;
    }

    private Set<String> accounts(DiffusionTree shown, Root root) {
        DiffusionTree tree;
        try {
            tree = trees.tree(root, Reconstruction.PLATFORM);
        } catch (NotFoundException e) {
            return Set.of();
        }
        var accounts = new HashSet<String>();
        tree.nodes().forEach(node -> {
            if (node.accountId() != null) {
                accounts.add(node.accountId());
            }
        });
        return accounts;
    }
}
