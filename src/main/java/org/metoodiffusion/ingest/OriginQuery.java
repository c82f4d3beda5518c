package org.metoodiffusion.ingest;

import org.metoodiffusion.cypher.Query;

/** The statements of {@code cypher/queries/origin/}. */
public enum OriginQuery implements Query {
    CREDIT_MENTIONS;

    @Override
    public String folder() {
        return "origin";
    }
}
