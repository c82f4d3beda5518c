package org.metoodiffusion.view;

import java.util.List;

/** A drawable graph: nodes with positions, sizes and colour groups, and directed edges between them. */
public record GraphView(List<NodeView> nodes, List<EdgeView> edges) {

    public GraphView {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }
}
