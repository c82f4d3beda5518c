package org.metoodiffusion.schema;

import org.metoodiffusion.cypher.Query;

/** The statements of {@code cypher/queries/schema/}. */
public enum SchemaQuery implements Query {
    APPLIED_MIGRATIONS,
    AWAIT_INDEXES,
    RECORD_MIGRATION;

    @Override
    public String folder() {
        return "schema";
    }
}
