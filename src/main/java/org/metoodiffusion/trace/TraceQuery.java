package org.metoodiffusion.trace;

import org.metoodiffusion.cypher.Query;

/** The statements of {@code cypher/queries/trace/}. */
public enum TraceQuery implements Query {
    ACCOUNT_ACTIVITY,
    FOLLOWS_OF,
    INTERACTIONS_INTO,
    INTERACTIONS_OF,
    REFERENCING_POSTS,
    ROOT_ACCOUNT,
    ROOT_HASHTAG,
    ROOT_ORIGIN,
    ROOT_POST,
    SEEDS_ACCOUNT,
    SEEDS_HASHTAG,
    SEEDS_ORIGIN;

    @Override
    public String folder() {
        return "trace";
    }
}
