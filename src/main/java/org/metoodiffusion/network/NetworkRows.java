package org.metoodiffusion.network;

import java.util.function.Consumer;

/**
 * The network a writer reads: nodes, then edges, each streamed once. {@link AccountNetwork#of}
 * reads them from the graph; tests hand in lists.
 */
public interface NetworkRows {

    void nodes(Consumer<NetworkNode> consumer);

    void edges(Consumer<NetworkEdge> consumer);
}
