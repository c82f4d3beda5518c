package org.metoodiffusion.trace;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;

/**
 * A small timed interaction set, as SNAP lines load it: root R (1000). A (1001) retweets R at +10 s;
 * B (1002) mentioned A at +5 s, before A was active (does not count), and replies to A at +20 s;
 * C (1003) retweeted B at +15 s, before B was active (does not count), and mentions R at +30 s;
 * D (1004) retweets C at +40 s and E (1005) retweets D at the same second (the tie rule); H (1008)
 * mentions E and retweets B at +45 s (B activated first, so B is the parent); F (1006) only
 * interacts with G (1007), whom nothing reaches; later interactions of active accounts, and R's
 * own, change nothing. {@link #expected} computes the activation tree from these tuples alone.
 */
final class InteractionFixture {

    static final String ROOT = "1000";
    static final long START = Instant.parse("2012-07-01T00:00:00Z").getEpochSecond();

    /** One SNAP line: source retweeted / replied to / mentioned target at START + seconds. */
    record Tuple(String source, String target, long seconds, String kind) {
    }

    /** An account's expected activation: its parent, time (seconds after START), link and depth. */
    record Activation(String parent, long seconds, String kind, int depth) {
    }

    static final List<Tuple> TUPLES = List.of(
            new Tuple("1002", "1001", 5, "mention"),
            new Tuple("1001", "1000", 10, "retweet"),
            new Tuple("1003", "1002", 15, "retweet"),
            new Tuple("1002", "1001", 20, "reply"),
            new Tuple("1003", "1000", 30, "mention"),
            new Tuple("1006", "1007", 35, "retweet"),
            new Tuple("1005", "1004", 40, "retweet"),
            new Tuple("1004", "1003", 40, "retweet"),
            new Tuple("1008", "1005", 45, "mention"),
            new Tuple("1008", "1002", 45, "retweet"),
            new Tuple("1004", "1001", 50, "retweet"),
            new Tuple("1000", "1001", 60, "retweet"),
            new Tuple("1001", "1000", 70, "reply"));

    private InteractionFixture() {
    }

    static void create(Driver driver) {
        var rows = TUPLES.stream().map(t -> Map.<String, Object>of("source", t.source(), "target", t.target(),
                "at", START + t.seconds(), "kind", t.kind())).toList();
        driver.executableQuery("""
                UNWIND $rows AS row
                MERGE (source:Account {id: row.source})
                MERGE (target:Account {id: row.target})
                CREATE (source)-[:INTERACTED {kind: row.kind, at: datetime({epochSeconds: row.at})}]->(target)
                """).withParameters(Map.of("rows", rows)).execute();
    }

    /**
     * Earliest arrival straight from the tuples, by relaxing to a fixpoint (no sort, no sweep): an
     * account's time is the earliest t of a tuple (it, b, t) with b active at or before t; its parent
     * the b of such a tuple activated first, a retweet before a reply before a mention.
     */
    static Map<String, Activation> expected(List<Tuple> tuples, String root) {
        Map<String, Long> active = new HashMap<>(Map.of(root, Long.MIN_VALUE));
        for (boolean changed = true; changed;) {
            changed = false;
            for (Tuple t : tuples) {
                if (!t.source().equals(root) && active.getOrDefault(t.target(), Long.MAX_VALUE) <= t.seconds()
                        && t.seconds() < active.getOrDefault(t.source(), Long.MAX_VALUE)) {
                    active.put(t.source(), t.seconds());
                    changed = true;
                }
            }
        }
        Map<String, Tuple> via = new HashMap<>();
        for (Tuple t : tuples) {
            if (active.containsKey(t.source()) && !t.source().equals(root) && t.seconds() == active.get(t.source())
                    && active.getOrDefault(t.target(), Long.MAX_VALUE) <= t.seconds()) {
                via.merge(t.source(), t, (a, b) -> better(b, a, active) ? b : a);
            }
        }
        Map<String, Activation> tree = new HashMap<>();
        via.forEach((account, t) -> tree.put(account, new Activation(t.target(), t.seconds(), t.kind(), depth(account, via, root))));
        return tree;
    }

    private static boolean better(Tuple candidate, Tuple than, Map<String, Long> active) {
        long a = active.get(candidate.target());
        long b = active.get(than.target());
        return a != b ? a < b : List.of("retweet", "reply", "mention").indexOf(candidate.kind())
                < List.of("retweet", "reply", "mention").indexOf(than.kind());
    }

    private static int depth(String account, Map<String, Tuple> via, String root) {
        int depth = 0;
        for (String at = account; !at.equals(root); at = via.get(at).target()) {
            depth++;
        }
        return depth;
    }
}
