package org.metoodiffusion.ingest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.metoodiffusion.amplified.BulkAmplified;
import org.metoodiffusion.cypher.Cypher;
import org.metoodiffusion.cypher.Query;
import org.metoodiffusion.cypher.QueryLibrary;
import org.metoodiffusion.cypher.WriteCounts;
import org.metoodiffusion.schema.SchemaQuery;
import org.metoodiffusion.store.WriteConflicts;

/**
 * Writes one batch of items as one transaction with the statements of
 * {@code cypher/queries/ingest/}: accounts known by handle only are referred to by id where the
 * id is known (in the batch or the graph); a read finds which of the batch's accounts and posts are
 * in the graph already; the others are created (CREATE, no MERGE: no locking index seek), the
 * existing ones updated where the batch says something new; then the edges, every end by node id:
 * created when an end is new in this transaction, merged otherwise; last, older provisional
 * accounts merged into this batch's identified ones. Writing a batch twice changes nothing.
 *
 * <p>Accounts that earlier batches of the same import found or created are not looked for again,
 * and the follow edges of an account the import created and has written none from are created, not
 * merged, as long as no one else has committed meanwhile ({@link KnownAccounts}).
 *
 * <p>Creating what the read did not find assumes no one creates those keys between the read and
 * the CREATE: imports run one at a time ({@link ImportService}), and another writer's node of the
 * same key (the seed story, cypher-shell) makes the CREATE fail on the key constraint, after which
 * the batch is written again from a new read ({@link WriteConflicts}).
 */
final class GraphWriter {

    private static final int INDEX_WAIT_SECONDS = 3600;
    private static final int ATTEMPTS = 5;

    private final Cypher cypher;
    private final QueryLibrary queries;
    /** What this writer's earlier batches learnt: one writer per import. */
    private final KnownAccounts known = new KnownAccounts(KnownAccounts.CAPACITY);
    private boolean tokensMade;

    GraphWriter(Cypher cypher, QueryLibrary queries) {
        this.cypher = cypher;
        this.queries = queries;
    }

    WriteCounts write(ItemBatch batch) {
        if (batch.isEmpty()) {
            return WriteCounts.NONE;
        }
        if (!tokensMade && cypher.lastCommittedTransaction().isPresent()) {
            // Only where KnownAccounts is used: a server's user may lack the right to call these procedures.
            cypher.write(statements -> statements.run(queries.get(IngestQuery.TOKENS), Map.of()));
            tokensMade = true;
        }
        for (int attempt = 1;; attempt++) {
            var before = cypher.lastCommittedTransaction();
            known.checkUnchangedSince(before);
            var accounts = new KnownAccounts.BatchAccounts[1];
            try {
                var counts = cypher.write(statements -> accounts[0] = write(statements, batch));
                known.committed(before, cypher.lastCommittedTransaction(), !counts.equals(WriteCounts.NONE),
                        accounts[0]);
                return counts;
            } catch (RuntimeException e) {
                known.forget();
                if (attempt == ATTEMPTS || !WriteConflicts.isConflict(e)) {
                    throw e;
                }
            }
        }
    }

    private KnownAccounts.BatchAccounts write(Cypher.Statements statements, ItemBatch batch) {
        batch.alias(knownHandles(statements, batch.unidentifiedHandles()));
        var nodes = new BatchNodes();
        nodes.foundAccounts(query(statements, IngestQuery.EXISTING_ACCOUNTS, "keys",
                known.lookUp(batch.accountKeys(), nodes)));
        nodes.foundPosts(query(statements, IngestQuery.EXISTING_POSTS, "ids", batch.postIds()));
        nodes.createdAccounts(query(statements, IngestQuery.NEW_ACCOUNTS, "accounts", batch.newAccountRows(nodes)));
        run(statements, IngestQuery.ACCOUNTS, "accounts", batch.accountUpdateRows(nodes));
        run(statements, IngestQuery.ACCOUNT_REFERENCES, "accounts", batch.accountReferenceRows(nodes));
        nodes.createdPosts(query(statements, IngestQuery.NEW_POSTS, "posts", batch.newPostRows(nodes)));
        run(statements, IngestQuery.POSTS, "posts", batch.postUpdateRows(nodes));
        nodes.createdPosts(query(statements, IngestQuery.PLACEHOLDERS, "placeholders", batch.placeholderRows(nodes)));
        nodes.hashtags(query(statements, IngestQuery.HASHTAGS, "tags", batch.hashtags()));
        var edges = new EdgeRows(batch, nodes, known::followsNothing);
        run(statements, IngestQuery.NEW_POST_EDGES, "rows", edges.posts(true));
        run(statements, IngestQuery.POST_EDGES, "rows", edges.posts(false));
        // After the post edges: it merges the POSTED edge a first version may have just got.
        run(statements, IngestQuery.EDITS, "rows", batch.referenceRows(PostItem::editOf));
        run(statements, IngestQuery.NEW_INTERACTIONS, "rows", edges.interactions(true));
        run(statements, IngestQuery.INTERACTIONS, "rows", edges.interactions(false));
        run(statements, IngestQuery.NEW_FOLLOWS, "rows", edges.follows(true));
        run(statements, IngestQuery.FOLLOWS, "rows", edges.follows(false));
        // Last, once every edge of the batch is in place: older provisional twins of this batch's accounts.
        var resolved = batch.identifiedAccountRows().stream()
                .filter(row -> nodes.hasAccount(AccountRef.provisionalKey((String) row.get("username")))).toList();
        run(statements, IngestQuery.RESOLVE_PROVISIONAL_ACCOUNTS, "accounts", resolved);
        return new KnownAccounts.BatchAccounts(nodes.accounts(), nodes.createdAccounts(),
                batch.follows().stream().map(item -> batch.key(item.follower())).collect(Collectors.toSet()),
                resolved.stream().map(row -> (String) row.get("id")).collect(Collectors.toSet()),
                resolved.stream().map(row -> AccountRef.provisionalKey((String) row.get("username"))).toList());
    }

    /** Lower-case handle to id, for the handles of the batch whose account is in the graph by id. */
    private Map<String, String> knownHandles(Cypher.Statements statements, List<String> handles) {
        var known = new HashMap<String, String>();
        query(statements, IngestQuery.KNOWN_HANDLES, "handles", handles)
                .forEach(row -> known.put((String) row.get("handle"), (String) row.get("id")));
        return known;
    }

    /**
     * After a bulk import: merges every provisional account whose id has arrived, gives the first
     * version of an edited tweet its author, credits origins,
     * and waits for the indexes (populated in the background at first start) so that the database
     * is ready when the import ends.
     */
    WriteCounts settleBulkImport() {
        return settleBulkImport(List.of(), BulkSettling.EVERYTHING);
    }

    /**
     * {@link #settleBulkImport()}, then the bulk-built AMPLIFIED relationships brought up to date and
     * marked fresh ({@link BulkAmplified}).
     *
     * @param alsoChanged ids of accounts whose edges changed since the offline import besides what
     *                    settling changes (the seed story's)
     * @param settling    what there may be to settle; the statements that would find nothing are skipped
     */
    WriteCounts settleBulkImport(Collection<String> alsoChanged, BulkSettling settling) {
        var pairs = new ArrayList<Map<String, Object>>();
        if (settling.provisionalTwins()) {
            cypher.write(statements -> pairs.addAll(statements.query(queries.get(IngestQuery.PROVISIONAL_TWINS),
                    Map.of())));
        }
        var counts = WriteCounts.NONE;
        for (int from = 0; from < pairs.size(); from += 10_000) {
            var slice = pairs.subList(from, Math.min(pairs.size(), from + 10_000));
            counts = counts.plus(cypher.write(statements ->
                    run(statements, IngestQuery.RESOLVE_PROVISIONAL_ACCOUNTS, "accounts", slice)));
        }
        var changed = new LinkedHashSet<>(alsoChanged);
        pairs.forEach(pair -> changed.add((String) pair.get("id")));
        if (settling.editedPosts()) {
            counts = counts.plus(cypher.write(statements -> statements.query(queries.get(IngestQuery.EDIT_AUTHORS),
                    Map.of()).forEach(row -> changed.add((String) row.get("id")))));
        }
        if (settling.origins()) {
            counts = counts.plus(creditOrigins());
        }
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

    /** The rows of a statement over {@code values}; none, without running it, when there are no values. */
    private List<Map<String, Object>> query(Cypher.Statements statements, Query query, String parameter,
            List<?> values) {
        return values.isEmpty() ? List.of() : statements.query(queries.get(query), Map.of(parameter, values));
    }
}
