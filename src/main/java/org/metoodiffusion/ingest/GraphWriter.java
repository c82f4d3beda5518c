package org.metoodiffusion.ingest;

import java.util.List;
import java.util.Map;

import org.metoodiffusion.cypher.QueryLibrary;

/**
 * Writes one batch of items as one transaction with the statements of
 * {@code cypher/queries/ingest/}: accounts first (so posts find them), provisional accounts
 * resolved, then posts with their edges, account-level interactions and follows. Every statement
 * merges, so writing a batch twice changes nothing.
 */
final class GraphWriter {

    private final WriteTarget target;
    private final QueryLibrary queries;

    GraphWriter(WriteTarget target, QueryLibrary queries) {
        this.target = target;
        this.queries = queries;
    }

    WriteCounts write(ItemBatch batch) {
        if (batch.isEmpty()) {
            return WriteCounts.NONE;
        }
        return target.inTransaction(statements -> {
            run(statements, "ingest/accounts", "accounts", batch.accountRows());
            run(statements, "ingest/resolve-provisional-accounts", "accounts", batch.identifiedAccountRows());
            run(statements, "ingest/posts", "posts", batch.postRows());
            run(statements, "ingest/interactions", "interactions", batch.interactionRows());
            run(statements, "ingest/follows", "follows", batch.followRows());
        });
    }

    /** Links posts that mention an origin's accounts to it (Burke's 2006 campaign); run once at the end. */
    WriteCounts creditOrigins() {
        return target.inTransaction(statements -> statements.run(queries.get("origin/credit-mentions"), Map.of()));
    }

    private void run(WriteTarget.Statements statements, String query, String parameter,
            List<Map<String, Object>> rows) {
        if (!rows.isEmpty()) {
            statements.run(queries.get(query), Map.of(parameter, rows));
        }
    }
}
