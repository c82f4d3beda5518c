package org.metoodiffusion.amplified;

import org.metoodiffusion.cypher.Query;

/** The statements of {@code cypher/queries/amplified/}. */
public enum AmplifiedQuery implements Query {
    ACCOUNT_PAIRS,
    ACCOUNTS_WITHOUT,
    COUNT,
    CREATE_BATCH,
    DELETE_ACCOUNTS,
    DELETE_BATCH,
    EVERY_ACCOUNT,
    MARK,
    MARKER,
    PAIRS,
    PREPARE;

    @Override
    public String folder() {
        return "amplified";
    }
}
