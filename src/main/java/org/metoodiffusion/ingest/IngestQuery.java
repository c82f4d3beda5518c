package org.metoodiffusion.ingest;

import org.metoodiffusion.cypher.Query;

/** The statements of {@code cypher/queries/ingest/}. */
public enum IngestQuery implements Query {
    ACCOUNT_REFERENCES,
    ACCOUNTS,
    EDIT_AUTHORS,
    EDITS,
    FOLLOWS,
    HASHTAGS,
    INTERACTIONS,
    KNOWN_HANDLES,
    MENTIONS,
    PLACEHOLDERS,
    POSTED,
    POSTS,
    PROVISIONAL_CANDIDATES,
    PROVISIONAL_TWINS,
    QUOTES,
    REPLIES,
    RESOLVE_PROVISIONAL_ACCOUNTS,
    RETWEETS,
    TAGS;

    @Override
    public String folder() {
        return "ingest";
    }
}
