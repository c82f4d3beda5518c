package org.metoodiffusion.lookup;

import org.metoodiffusion.cypher.Query;

/** The statements of {@code cypher/queries/lookup/}. */
public enum LookupQuery implements Query {
    ACCOUNT,
    POST;

    @Override
    public String folder() {
        return "lookup";
    }
}
