package org.metoodiffusion.trace;

import java.time.Instant;

/**
 * One edge of a cascade tree, from the earlier node to the one that joined from it.
 *
 * @param source       the parent's post id (account id at account level), or the root as written for a virtual root
 * @param target       the child's post id (account id at account level)
 * @param sourceIndex  the parent's node index
 * @param targetIndex  the child's node index
 * @param kind         how the child joins its parent
 * @param basis        recorded by the platform or inferred (and by which rule)
 * @param time         when the child was posted (at account level: activated), or null when unknown
 */
public record CascadeEdge(String source, String target, int sourceIndex, int targetIndex, Link kind, Basis basis,
        Instant time) {
}
