package org.metoodiffusion.network;

import org.metoodiffusion.cypher.Query;

/** The statements of {@code cypher/queries/network/}. */
public enum NetworkQuery implements Query {
    EDGES,
    NODES;

    @Override
    public String folder() {
        return "network";
    }
}
