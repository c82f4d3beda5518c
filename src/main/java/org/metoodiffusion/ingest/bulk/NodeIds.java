package org.metoodiffusion.ingest.bulk;

import java.io.Closeable;
import java.nio.file.Path;

import org.metoodiffusion.ingest.AccountRef;

/**
 * The node ids a bulk import gives Neo4j's offline importer: 0, 1, 2, ... in the order the sink
 * first meets each node, so that the importer stores each node at the id it is given
 * ({@code --id-type=actual}) and has no id to look up. With string keys its relationship stage
 * spent most of its time finding both ends of every relationship by binary search in its sorted
 * table of keys (a cache miss per step). These ids only link the files: the keys the graph stores
 * ({@code id}, {@code tag}, ...) are columns of their own, unchanged.
 *
 * <p>Every node of the import takes its id from here, placeholders and marker nodes included: the
 * importer gives a node written without an id the first free number, which another node may
 * claim, and checks no duplicate. Posts are looked up by platform id, accounts by
 * {@link #accountCode}, in {@link MappedTable}s off the heap; each entry also keeps a few flags
 * saying what the sink has written of the node, so one lookup serves both.
 *
 * <p>Most lookups are repeats that change nothing: a page of tweets describes every author and
 * mentioned account again, and much-retweeted posts come back with every retweet. A small
 * direct-mapped copy of the entries last marked, on the heap, answers those without a random read
 * of the table (a cache miss each).
 */
final class NodeIds implements Closeable {

    /** A post's row is written; an account's reference row is written. */
    static final int WRITTEN = 1;
    /** A post's first description was not collected (see {@link CsvFiles#markCollected}); an account's profile row is written. */
    static final int DESCRIBED = 2;
    /** On every entry, so that an entry is never 0, the value of a new one. */
    private static final int ASSIGNED = 4;
    private static final int FLAG_BITS = 3;
    private static final long FLAGS = (1L << FLAG_BITS) - 1;

    /** Entries of each table's copy of recent entries (2^17: 2 MB each). */
    private static final int RECENT_BITS = 17;

    private final MappedTable posts;
    private final MappedTable accounts;
    private final Recent recentPosts = new Recent();
    private final Recent recentAccounts = new Recent();
    private long next;

    NodeIds(Path directory) {
        posts = new MappedTable(directory, "post-nodes", 1);
        accounts = new MappedTable(directory, "account-nodes", 1);
    }

    /**
     * Sets {@code flags} on the post's entry, created with a new node id if absent.
     *
     * @return the post's node id and the flags it had before, read with {@link #node} and {@link #had}
     */
    long post(long id, int flags) {
        return mark(posts, recentPosts, id, flags);
    }

    /** {@link #post}, for the account of {@code code} ({@link #accountCode}). */
    long account(long code, int flags) {
        return mark(accounts, recentAccounts, code, flags);
    }

    /** A node id for a node known nowhere else (a hashtag, a marker node). */
    long next() {
        return next++;
    }

    /** The node id in what {@link #post} or {@link #account} returned. */
    static long node(long marked) {
        return marked >>> FLAG_BITS;
    }

    /** Whether the entry had {@code flag} before {@link #post} or {@link #account} returned {@code marked}. */
    static boolean had(long marked, int flag) {
        return (marked & flag) != 0;
    }

    /**
     * An account's code: its platform id (ids are non-negative), or for an account known by handle
     * alone the 64-bit hash of its key with the sign bit set, so the two never meet (hashes of two
     * handles might: see {@link KeyHash}).
     */
    static long accountCode(AccountRef account) {
        return account.id() != null ? Long.parseLong(account.id()) : KeyHash.of(account.key()) | Long.MIN_VALUE;
    }

    /** What {@link #forEachPost} gives. */
    @FunctionalInterface
    interface PostEntry {
        void accept(long id, long node, boolean written);
    }

    /** Every post met, written or only referenced, in no particular order. */
    void forEachPost(PostEntry action) {
        posts.forEach((id, unused, slot) -> {
            long entry = posts.value(slot, 0);
            action.accept(id, entry >>> FLAG_BITS, (entry & WRITTEN) != 0);
        });
    }

    /** How many accounts have a node. */
    long accounts() {
        return accounts.size();
    }

    long bytes() {
        return posts.bytes() + accounts.bytes();
    }

    private long mark(MappedTable table, Recent recent, long key, int flags) {
        int index = (int) KeyHash.mix(key) & ((1 << RECENT_BITS) - 1);
        long known = recent.entries[index];
        if (known != 0 && recent.keys[index] == key && (known & flags) == flags) {
            // What the table holds and would return: marking changes nothing.
            return known;
        }
        long marked = markInTable(table, key, flags);
        recent.keys[index] = key;
        recent.entries[index] = marked | flags | ASSIGNED;
        return marked;
    }

    private long markInTable(MappedTable table, long key, int flags) {
        long slot = table.findOrAdd(key, 0);
        long before = table.value(slot, 0);
        long node = before != 0 ? before >>> FLAG_BITS : next++;
        long after = node << FLAG_BITS | before & FLAGS | flags | ASSIGNED;
        // Most lookups change nothing (a profile seen again): no write, no dirty page.
        if (after != before) {
            table.set(slot, 0, after);
        }
        return node << FLAG_BITS | before & FLAGS;
    }

    /** A direct-mapped copy of recently marked entries: the key, and the entry as the table holds it (0: none). */
    private static final class Recent {
        final long[] keys = new long[1 << RECENT_BITS];
        final long[] entries = new long[1 << RECENT_BITS];
    }

    @Override
    public void close() {
        posts.close();
        accounts.close();
    }
}
