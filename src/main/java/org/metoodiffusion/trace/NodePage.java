package org.metoodiffusion.trace;

import java.util.List;

/**
 * A page of a cascade's nodes, in extraction order (breadth-first from the root).
 *
 * @param root   the root as written
 * @param method the reconstruction
 * @param level  what the nodes are: {@code post} or {@code account}
 * @param total  nodes in the cascade, connected to the root or not
 * @param page   page number, from 0
 * @param size   nodes per page
 * @param nodes  this page's nodes
 */
public record NodePage(String root, String method, String level, long total, int page, int size, List<CascadeNode> nodes) {
}
