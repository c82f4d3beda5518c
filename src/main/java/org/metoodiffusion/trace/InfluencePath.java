package org.metoodiffusion.trace;

import java.util.List;

/**
 * The path from a root to a post or account within a cascade, or why there is none.
 *
 * @param root           the root as written
 * @param method         the reconstruction the cascade was built with
 * @param level          what the cascade's nodes are: {@code post} or {@code account}
 * @param target         the post id or account asked for
 * @param reachable      whether the root reaches the target
 * @param hops           root first; empty when not reachable
 * @param timeRespecting whether every hop is no earlier than the one before (null when a time is unknown)
 * @param reason         why the target is not reachable, or null
 */
public record InfluencePath(String root, String method, String level, String target, boolean reachable, List<Hop> hops,
        Boolean timeRespecting, String reason) {
}
