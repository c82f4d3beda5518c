package org.metoodiffusion.amplified;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.metoodiffusion.cypher.Cypher;
import org.metoodiffusion.cypher.QueryLibrary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The AMPLIFIED relationships a bulk import wrote into the store (stale until now, version -1),
 * settled once the database has settled the rest: the pairs of the accounts that settling changed
 * are written again, then the marker records the version, so that {@link AmplifiedGraph} finds them
 * fresh and no server rebuilds them. The cost grows with those accounts' interactions, not the
 * graph's.
 */
public final class BulkAmplified {

    private static final Logger LOG = LoggerFactory.getLogger(BulkAmplified.class);
    private static final int BATCH = 10_000;
    /**
     * The marker's {@code dataVersion} as the bulk import writes it: relationships exactly as
     * imported, never settled. A build ({@code prepare.cypher}: -1) or a settling replaces it, so
     * only a database fresh from the offline importer is ever marked fresh here; anything else keeps
     * what the marker says (stale ones are rebuilt by the server).
     */
    public static final long UNSETTLED = -2;

    private BulkAmplified() {
    }

    /**
     * @param changed ids of the accounts whose posts, mentions or interactions changed since the
     *                offline import (merged provisional twins, edit authors, the seed story's accounts)
     * @return the marker's version: the last committed transaction id once marked, or -1 when the
     *         database holds no unsettled bulk-built AMPLIFIED relationships or is not embedded (left stale)
     */
    public static long settle(Cypher target, QueryLibrary queries, Collection<String> changed) {
        var imported = AmplifiedGraph.Marker.read(target);
        if (imported.dataVersion() != UNSETTLED) {
            return -1;
        }
        long started = System.nanoTime();
        var before = target.lastCommittedTransaction();
        var accounts = List.copyOf(changed);
        if (!accounts.isEmpty()) {
            rewrite(target, queries, accounts);
        }
        long relationships = count(target);
        if (before.isEmpty()) {
            // A server: its graph's version cannot be read, so the relationships are never trusted as fresh.
            target.write(statements -> statements.run(queries.get(AmplifiedQuery.PREPARE), Map.of()));
            return -1;
        }
        // The marking transaction's own id: nothing else writes while a bulk import settles.
        long version = target.lastCommittedTransaction().getAsLong() + 1;
        target.write(statements -> statements.run(queries.get(AmplifiedQuery.MARK), Map.of("version", version,
                "dataVersion", before.getAsLong(), "pairs", relationships,
                "millis", (System.nanoTime() - started) / 1_000_000,
                "everyAccount", everyAccount(statements, queries, accounts, imported.everyAccount()))));
        if (target.lastCommittedTransaction().getAsLong() != version) {
            LOG.warn("AMPLIFIED: the graph changed while the bulk import settled; it will be built again");
        } else {
            LOG.info("AMPLIFIED: {} relationships from the bulk import, those of {} account(s) written again, marked "
                    + "fresh in {} ms", relationships, accounts.size(), (System.nanoTime() - started) / 1_000_000);
        }
        return version;
    }

    /** Deletes the pairs at the changed accounts and writes them again from the graph as it is now. */
    private static void rewrite(Cypher target, QueryLibrary queries, List<String> accounts) {
        var pairs = new ArrayList<Map<String, Object>>();
        target.write(statements -> {
            statements.run(queries.get(AmplifiedQuery.DELETE_ACCOUNTS), Map.of("accounts", accounts));
            pairs.addAll(statements.query(queries.get(AmplifiedQuery.ACCOUNT_PAIRS), Map.of("accounts", accounts)));
        });
        for (int from = 0; from < pairs.size(); from += BATCH) {
            var slice = pairs.subList(from, Math.min(pairs.size(), from + BATCH));
            target.write(statements -> statements.run(queries.get(AmplifiedQuery.CREATE_BATCH),
                    Map.of("pairs", slice)));
        }
    }

    /**
     * Whether every account has an AMPLIFIED relationship now, without the search over every account
     * where it can (seconds at 300,000 accounts, on a cold database): the offline import counted it
     * for its accounts, and settling changed the pairs of the changed accounts only (a merged twin's
     * go to its identified account, which is one of them). So a changed account without one decides
     * (the seed story has some, and they are the newest nodes, which that search meets last), and
     * otherwise the import's answer holds unless it was no, when a changed account may have been the
     * one without.
     */
    private static boolean everyAccount(Cypher.Statements statements, QueryLibrary queries, List<String> changed,
            boolean everyImported) {
        if (changed.isEmpty()) {
            return everyImported;
        }
        long without = ((Number) statements.query(queries.get(AmplifiedQuery.ACCOUNTS_WITHOUT),
                Map.of("accounts", changed)).get(0).get("without")).longValue();
        return without == 0 && (everyImported || AmplifiedGraph.everyAccount(statements, queries));
    }

    private static long count(Cypher target) {
        return target.first(AmplifiedQuery.COUNT, Map.of(), row -> row.asLong("relationships")).orElse(0L);
    }
}
