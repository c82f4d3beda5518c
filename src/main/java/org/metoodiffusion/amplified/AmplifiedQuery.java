package org.metoodiffusion.amplified;

import org.metoodiffusion.cypher.Query;

/** The statements of {@code cypher/queries/amplified/}. */
public enum AmplifiedQuery implements Query {
    ACCOUNT_PAIRS,
    COUNT,
    CREATE_BATCH,
    DELETE_ACCOUNTS,
    DELETE_BATCH,
    MARK,
    MARKER,
    PAIRS,
    PREPARE;

    @Override
    public String folder() {
        return "amplified";
    }
}
