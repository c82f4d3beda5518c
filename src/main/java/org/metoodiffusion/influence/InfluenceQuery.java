package org.metoodiffusion.influence;

import org.metoodiffusion.cypher.Query;

/** The statements of {@code cypher/queries/influence/}. */
public enum InfluenceQuery implements Query {
    PROPAGATIONS;

    @Override
    public String folder() {
        return "influence";
    }
}
