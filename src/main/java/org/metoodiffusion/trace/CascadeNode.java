package org.metoodiffusion.trace;

import java.time.Instant;

/**
 * One node of a cascade, as REST and the CLI show it: a post, or at account level an account at its
 * first activation (no post).
 *
 * @param index    position in the cascade (0 is the root)
 * @param post     post id, or null for a virtual root (an origin, account or hashtag) and at account level
 * @param account  author's account id, or null when unknown (a placeholder post); at account level the node's account
 * @param username author's handle, if known
 * @param time     when it was posted (at account level: activated), or null when unknown
 * @param parent   index of the parent, or -1 for the root and for nodes no rule connects
 * @param link     how it joins its parent
 * @param basis    why it has that parent (recorded or inferred by which rule)
 * @param depth    hops from the root, or -1 when not connected to it
 */
public record CascadeNode(int index, String post, String account, String username, Instant time, int parent,
        Link link, Basis basis, int depth) {
}
