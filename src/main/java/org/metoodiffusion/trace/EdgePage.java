package org.metoodiffusion.trace;

import java.util.List;

/**
 * A page of a cascade's edges, one per node that has a parent, in the nodes' breadth-first order.
 *
 * @param root   the root as written
 * @param method the reconstruction
 * @param level  what the nodes are: {@code post} or {@code account}
 * @param total  edges in the cascade (nodes that no rule connects have none)
 * @param page   page number, from 0
 * @param size   edges per page
 * @param edges  this page's edges
 */
public record EdgePage(String root, String method, String level, long total, int page, int size, List<CascadeEdge> edges) {
}
