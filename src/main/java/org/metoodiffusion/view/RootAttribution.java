package org.metoodiffusion.view;

import java.util.Set;

import org.metoodiffusion.api.NotFoundException;
import org.metoodiffusion.trace.AttributionCategory;
import org.metoodiffusion.trace.CascadeService;
import org.metoodiffusion.trace.CascadeTree;
import org.metoodiffusion.trace.Reconstruction;
import org.metoodiffusion.trace.Root;
import org.springframework.stereotype.Component;

/**
 * Colour by root: the tracer's attribution rule ({@link org.metoodiffusion.trace.Attribution}) for
 * every author of a view: {@code MILANO} when the account is in the tree of Milano's cascade,
 * {@code BURKE} when it is in the tree of Burke's origin, {@code BOTH}, else {@code NEITHER}, under the
 * view's reconstruction. Only those two trees are read (the tracer caches them until the graph
 * changes); {@code Attribution.categories} would also extract a hashtag's cascade to list
 * participants, which a view does not need.
 */
@Component
class RootAttribution {

    private final CascadeService cascades;

    RootAttribution(CascadeService cascades) {
        this.cascades = cascades;
    }

    /** One group per node of the tree; a virtual root's group is the root it stands for. */
    String[] groups(CascadeTree tree, Reconstruction method) {
        var milano = accounts(Root.MILANO, method);
        var burke = accounts(Root.BURKE, method);
        var groups = new String[tree.size()];
        for (int i = 0; i < tree.size(); i++) {
            var account = tree.accountId(i);
            boolean isMilano = account != null ? milano.contains(account) : i == 0 && tree.root().equals(Root.MILANO);
            boolean isBurke = account != null ? burke.contains(account) : i == 0 && tree.root().equals(Root.BURKE);
            groups[i] = (isMilano ? isBurke ? AttributionCategory.BOTH : AttributionCategory.MILANO
                    : isBurke ? AttributionCategory.BURKE : AttributionCategory.NEITHER).name();
        }
        return groups;
    }

    private Set<String> accounts(Root root, Reconstruction method) {
        try {
            return cascades.cascade(root, method).tree().accountIds();
        } catch (NotFoundException e) {
            return Set.of();
        }
    }
}
