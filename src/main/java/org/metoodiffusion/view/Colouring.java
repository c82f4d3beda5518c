package org.metoodiffusion.view;

import java.util.Locale;

import org.metoodiffusion.api.BadRequestException;

/** What a node's colour says. */
public enum Colouring {
    /** Which root its author carries: {@code MILANO}, {@code BURKE}, {@code BOTH} or {@code NEITHER}. */
    ROOT,
    /**
     * Its author's Louvain community in the account interaction graph (GDS), {@code community-1} being
     * the one with most nodes in this view.
     */
    COMMUNITY,
    /** Which branch of the cascade it belongs to ({@code branch-1} is the largest). */
    BRANCH;

    public static Colouring parse(String text) {
        if (text == null || text.isBlank()) {
            return ROOT;
        }
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("unknown colour '" + text + "'; known: root, community, branch");
        }
    }
}
