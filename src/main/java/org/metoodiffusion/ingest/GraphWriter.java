package org.metoodiffusion.ingest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.metoodiffusion.amplified.BulkAmplified;
import org.metoodiffusion.cypher.Cypher;
import org.metoodiffusion.cypher.Query;
import org.metoodiffusion.cypher.QueryLibrary;
import org.metoodiffusion.cypher.WriteCounts;
import org.metoodiffusion.schema.SchemaQuery;

/**
 * Writes one batch of items as one transaction with the statements of
 * {@code cypher/queries/ingest/}: accounts known by handle only are referred to by id where the
 * id is known (in the batch or the graph); then nodes (accounts, posts, placeholders, hashtags),
 * each kind of relationship between bound nodes (so no statement needs an Eager plan), and last the
 * merge of older provisional accounts into this batch's identified ones. Every statement merges, so
 * writing a batch twice changes nothing.
 */
final class GraphWriter {

    private static final int INDEX_WAIT_SECONDS = 3600;

    private final Cypher cypher;
    private final QueryLibrary queries;

    GraphWriter(Cypher cypher, QueryLibrary queries) {
        this.cypher = cypher;
        this.queries = queries;
    }

    WriteCounts write(ItemBatch batch) {
        if (batch.isEmpty()) {
            return WriteCounts.NONE;
        }
        return cypher.write(statements -> {
            batch.alias(knownHandles(statements, batch.unidentifiedHandles()));
            run(statements, IngestQuery.ACCOUNTS, "accounts", batch.accountRows());
            run(statements, IngestQuery.ACCOUNT_REFERENCES, "accounts", batch.accountReferenceRows());
            run(statements, IngestQuery.POSTS, "posts", batch.postRows());
            run(statements, IngestQuery.PLACEHOLDERS, "placeholders", batch.placeholderRows());
            if (!batch.hashtags().isEmpty()) {
                statements.run(queries.get(IngestQuery.HASHTAGS), Map.of("tags", batch.hashtags()));
            }
            run(statements, IngestQuery.POSTED, "rows", batch.postedRows());
            run(statements, IngestQuery.REPLIES, "rows", batch.referenceRows(PostItem::replyToId));
            run(statements, IngestQuery.QUOTES, "rows", batch.referenceRows(PostItem::quotedId));
            run(statements, IngestQuery.RETWEETS, "rows", batch.referenceRows(PostItem::retweetedId));
            run(statements, IngestQuery.EDITS, "rows", batch.referenceRows(PostItem::editOf));
            run(statements, IngestQuery.MENTIONS, "rows", batch.mentionRows());
            run(statements, IngestQuery.TAGS, "rows", batch.tagRows());
            run(statements, IngestQuery.INTERACTIONS, "rows", batch.interactionRows());
            run(statements, IngestQuery.FOLLOWS, "rows", batch.followRows());
            // Last, once every edge of the batch is in place: older provisional twins of this batch's accounts.
            resolveProvisionalAccounts(statements, batch.identifiedAccountRows());
        });
    }

    /** Lower-case handle to id, for the handles of the batch whose account is in the graph by id. */
    private Map<String, String> knownHandles(Cypher.Statements statements, List<String> handles) {
        var known = new HashMap<String, String>();
        if (!handles.isEmpty()) {
            statements.query(queries.get(IngestQuery.KNOWN_HANDLES), Map.of("handles", handles))
                    .forEach(row -> known.put((String) row.get("handle"), (String) row.get("id")));
        }
        return known;
    }

    /** Finds the provisional twins first (a cheap read), so the merge runs only where one exists. */
    private void resolveProvisionalAccounts(Cypher.Statements statements, List<Map<String, Object>> identified) {
        if (identified.isEmpty()) {
            return;
        }
        var twins = statements.query(queries.get(IngestQuery.PROVISIONAL_CANDIDATES), Map.of("accounts", identified));
        run(statements, IngestQuery.RESOLVE_PROVISIONAL_ACCOUNTS, "accounts", twins);
    }

    /**
     * After a bulk import: merges every provisional account whose id has arrived, gives the first
     * version of an edited tweet its author, credits origins,
     * and waits for the indexes (populated in the background at first start) so that the database
     * is ready when the import ends.
     */
    WriteCounts settleBulkImport() {
        return settleBulkImport(List.of());
    }

    /**
     * {@link #settleBulkImport()}, then the bulk-built AMPLIFIED relationships brought up to date and
     * marked fresh ({@link BulkAmplified}).
     *
     * @param alsoChanged ids of accounts whose edges changed since the offline import besides what
     *                    settling changes (the seed story's)
     */
    WriteCounts settleBulkImport(Collection<String> alsoChanged) {
        var pairs = new ArrayList<Map<String, Object>>();
        cypher.write(statements -> pairs.addAll(statements.query(queries.get(IngestQuery.PROVISIONAL_TWINS),
                Map.of())));
        var counts = WriteCounts.NONE;
        for (int from = 0; from < pairs.size(); from += 10_000) {
            var slice = pairs.subList(from, Math.min(pairs.size(), from + 10_000));
            counts = counts.plus(cypher.write(statements ->
                    run(statements, IngestQuery.RESOLVE_PROVISIONAL_ACCOUNTS, "accounts", slice)));
        }
        var changed = new LinkedHashSet<>(alsoChanged);
        pairs.forEach(pair -> changed.add((String) pair.get("id")));
        counts = counts.plus(cypher.write(statements -> statements.query(queries.get(IngestQuery.EDIT_AUTHORS),
                Map.of()).forEach(row -> changed.add((String) row.get("id")))));
        counts = counts.plus(creditOrigins());
        cypher.write(statements -> statements.query(queries.get(SchemaQuery.AWAIT_INDEXES),
                Map.of("seconds", INDEX_WAIT_SECONDS)));
        // Derived data: not in the counts the import reports.
        BulkAmplified.settle(cypher, queries, changed);
        return counts;
    }

    /** Links posts that mention an origin's accounts to it (Burke's 2006 campaign); run once at the end. */
    WriteCounts creditOrigins() {
        return cypher.write(statements -> statements.run(queries.get(OriginQuery.CREDIT_MENTIONS), Map.of()));
    }

    private void run(Cypher.Statements statements, Query query, String parameter,
            List<Map<String, Object>> rows) {
        if (!rows.isEmpty()) {
            statements.run(queries.get(query), Map.of(parameter, rows));
        }
    }
}
