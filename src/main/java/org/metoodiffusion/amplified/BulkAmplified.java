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
        long dataVersion = target.first(AmplifiedQuery.MARKER, Map.of(),
                row -> row.isNull("dataVersion") ? -1L : row.asLong("dataVersion")).orElse(-1L);
        if (dataVersion != UNSETTLED) {
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
                "millis", (System.nanoTime() - started) / 1_000_000)));
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

    private static long count(Cypher target) {
        return target.first(AmplifiedQuery.COUNT, Map.of(), row -> row.asLong("relationships")).orElse(0L);
    }
}
