package org.metoodiffusion.ingest.bulk;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;

/**
 * The AMPLIFIED relationships of a bulk import, counted from the edges as the sink writes them, with
 * the values {@code amplified/pairs.cypher} and {@code amplified/create-batch.cypher} give on the
 * graph: per ordered pair of distinct accounts, the retweets, replies and quotes of the second's
 * posts by the first's, the first's posts' mentions of the second, and account-level interactions of
 * those kinds, with their sum as {@code count}.
 *
 * <p>A reference is counted once the referenced post's author is known, which may be after the
 * reference was read: references wait in a file (17 bytes each); post authors are a
 * {@link MappedLongArray} indexed by node id, pair counts a {@link MappedTable}, both off the heap.
 * Posts and accounts are named by their node ids ({@link NodeIds}), as the CSV files name them.
 * What the database settles when it opens (provisional accounts merged, edit authors, the seed
 * story) is patched then, for the accounts it touches.
 */
final class AmplifiedPairs implements Closeable {

    /** Value indexes, in the order of the CSV columns. */
    static final int RETWEETS = 0;
    static final int REPLIES = 1;
    static final int QUOTES = 2;
    static final int MENTIONS = 3;

    static final String HEADER = ":START_ID(Account),:END_ID(Account),retweets:long,replies:long,quotes:long,"
            + "mentions:long,count:long";

    /** At a post's node id, its author's node id + 1 (0: no author known). */
    private final MappedLongArray postAuthors;
    private final MappedTable pairs;
    private final Path referencesFile;
    private final DataOutputStream references;

    AmplifiedPairs(Path directory) {
        postAuthors = new MappedLongArray(directory, "post-authors");
        pairs = new MappedTable(directory, "amplified-pairs", 4);
        referencesFile = directory.resolve("amplified-references.bin");
        try {
            references = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(referencesFile), 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + referencesFile, e);
        }
    }

    /** A post written with its author (node ids, as all arguments here). */
    void posted(long post, long author) {
        postAuthors.set(post, author + 1);
    }

    /** A REPLY_TO, QUOTES or RETWEET_OF edge written from a post of {@code author}'s to {@code target}. */
    void reference(long author, long target, int kind) {
        try {
            references.writeLong(author);
            references.writeLong(target);
            references.writeByte(kind);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + referencesFile, e);
        }
    }

    /** A MENTIONS edge written from a post of {@code author}'s, or an INTERACTED edge of one of the four kinds. */
    void interaction(long source, long target, int kind) {
        count(source, target, kind);
    }

    /** What {@link #write} wrote: its rows, and how many distinct accounts they join. */
    record Written(long pairs, long accounts) {
    }

    /** Resolves the references against the posts' authors, then writes one row per pair. */
    Written write(CsvFile file) throws IOException {
        references.close();
        try (var in = new DataInputStream(new BufferedInputStream(Files.newInputStream(referencesFile), 1 << 16))) {
            while (true) {
                long source;
                try {
                    source = in.readLong();
                } catch (EOFException end) {
                    break;
                }
                long target = in.readLong();
                int kind = in.readByte();
                long author = postAuthors.get(target) - 1;
                if (author >= 0) {
                    count(source, author, kind);
                }
            }
        } finally {
            Files.deleteIfExists(referencesFile);
        }
        // Node ids are dense from 0 (NodeIds): a bit each.
        var ends = new BitSet();
        pairs.forEach((source, target, slot) -> {
            long retweets = pairs.value(slot, RETWEETS);
            long replies = pairs.value(slot, REPLIES);
            long quotes = pairs.value(slot, QUOTES);
            long mentions = pairs.value(slot, MENTIONS);
            file.row(source, target, retweets, replies, quotes, mentions, retweets + replies + quotes + mentions);
            ends.set(Math.toIntExact(source));
            ends.set(Math.toIntExact(target));
        });
        return new Written(pairs.size(), ends.cardinality());
    }

    long tableBytes() {
        return postAuthors.bytes() + pairs.bytes();
    }

    /** Self-interactions are left out, as in pairs.cypher. */
    private void count(long source, long target, int kind) {
        if (source != target) {
            pairs.increment(pairs.findOrAdd(source, target), kind);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            references.close();
            Files.deleteIfExists(referencesFile);
        } finally {
            postAuthors.close();
            pairs.close();
        }
    }
}
