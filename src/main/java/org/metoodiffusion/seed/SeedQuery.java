package org.metoodiffusion.seed;

import org.metoodiffusion.cypher.Query;

/** The statements of {@code cypher/queries/seed/}. */
public enum SeedQuery implements Query {
    ACCOUNTS,
    ORIGINS,
    POSTS;

    @Override
    public String folder() {
        return "seed";
    }
}
