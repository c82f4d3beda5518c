package org.metoodiffusion.ingest;

import org.metoodiffusion.cypher.Query;

/** The statements of {@code cypher/queries/ingest/}. */
public enum IngestQuery implements Query {
    ACCOUNT_REFERENCES,
    ACCOUNTS,
    EDIT_AUTHORS,
    EDITS,
    EXISTING_ACCOUNTS,
    EXISTING_POSTS,
    FOLLOWS,
    HASHTAGS,
    INTERACTIONS,
    KNOWN_HANDLES,
    NEW_ACCOUNTS,
    NEW_FOLLOWS,
    NEW_INTERACTIONS,
    NEW_POST_EDGES,
    NEW_POSTS,
    PLACEHOLDERS,
    POST_EDGES,
    POSTS,
    PROVISIONAL_TWINS,
    RESOLVE_PROVISIONAL_ACCOUNTS,
    TOKENS;

    @Override
    public String folder() {
        return "ingest";
    }
}
