package org.metoodiffusion.trace;

import java.util.List;

/**
 * A page of a cascade's edges, one per node that has a parent, in the nodes' breadth-first order.
 *
 * @param root   the root as written
 * @param method the reconstruction
 * @param total  edges in the cascade (nodes that no rule connects have none)
 * @param page   page number, from 0
 * @param size   edges per page
 * @param edges  this page's edges
 */
public record EdgePage(String root, String method, long total, int page, int size, List<CascadeEdge> edges) {
}
