package org.metoodiffusion.view;

import org.metoodiffusion.api.BadRequestException;
import org.metoodiffusion.trace.Reconstruction;
import org.metoodiffusion.trace.Root;

/**
 * What a view shows, validated.
 *
 * @param root    where the cascade starts
 * @param method  how the cascade's retweets are attached (the tracer's reconstruction)
 * @param account null for the whole cascade; else the account whose influence path from the root to show
 * @param measure the measure for sizes, the cap and the top accounts
 * @param colour  what colours say
 * @param cap     at most this many nodes (the top-N-plus-paths rule beyond)
 * @param offset  first node of the page, in time order
 * @param limit   nodes per page
 */
public record ViewRequest(Root root, Reconstruction method, String account, String measure, Colouring colour,
        int cap, int offset, int limit) {

    /** The most nodes one view may hold: the viewer is made for 50,000 and copes with this. */
    public static final int MAX_CAP = 200_000;
    public static final int DEFAULT_CAP = 50_000;
    /** Renders are capped lower: a picture of more than this many nodes is a blot. */
    public static final int DEFAULT_RENDER_CAP = 2_000;

    public ViewRequest {
        if (root == null || method == null) {
            throw new IllegalArgumentException("root and reconstruction are required");
        }
        if (account != null && account.isBlank()) {
            account = null;
        }
        if (cap < 1 || cap > MAX_CAP) {
            throw new BadRequestException("cap must be 1.." + MAX_CAP + ", was " + cap);
        }
        if (offset < 0) {
            throw new BadRequestException("offset must be >= 0, was " + offset);
        }
        if (limit < 1 || limit > MAX_CAP) {
            throw new BadRequestException("limit must be 1.." + MAX_CAP + ", was " + limit);
        }
    }

    /** The whole cascade (or path) in one page, capped at {@code cap}. */
    public static ViewRequest whole(String root, String method, String account, String measure, String colour,
            int cap) {
        return new ViewRequest(Root.parse(root), Reconstruction.parse(method), account, measure,
                Colouring.parse(colour), cap, 0, MAX_CAP);
    }
}
