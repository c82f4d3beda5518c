package org.metoodiffusion.ingest.bulk;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.metoodiffusion.amplified.BulkAmplified;
import org.metoodiffusion.cypher.WriteCounts;
import org.metoodiffusion.id.Ids;
import org.metoodiffusion.ingest.AccountItem;
import org.metoodiffusion.ingest.AccountRef;
import org.metoodiffusion.ingest.FollowItem;
import org.metoodiffusion.ingest.ImportItem;
import org.metoodiffusion.ingest.InteractionItem;
import org.metoodiffusion.ingest.PostItem;
import org.metoodiffusion.ingest.RecordConsumer;
import org.metoodiffusion.schema.SchemaMigrations;

/**
 * Turns read items into the offline importer's CSV files, de-duplicated as the transactional
 * path's merges would: a post and its edges are written once (its first description; a post first
 * seen as someone's referenced tweet is marked collected at the end if a record of its own came), a referenced
 * post missing from the data becomes one placeholder, an account once (with its first profile if
 * it has one, else as first referred to), follows and
 * interactions once (by a 64-bit hash of their ends, {@link KeyHash}).
 *
 * <p>Memory: the sets of post ids, referenced ids, account ids and edge hashes are
 * {@link MappedLongSet}s, off the heap (16 to 32 bytes per element in the page cache or their
 * files), so the heap stays the same whatever the input's size; only the distinct hashtags are on
 * the heap.
 */
final class BulkCsvSink implements RecordConsumer, Closeable {

    private final MappedLongSet postsWritten;
    private final MappedLongSet referenced;
    private final MappedLongSet referencedFirst;
    private final MappedLongSet collectedLater;
    private final MappedLongSet accountsReferenced;
    private final MappedLongSet accountsProfiled;
    private final MappedLongSet handlesReferenced;
    private final MappedLongSet handlesProfiled;
    private final MappedLongSet follows;
    private final MappedLongSet interactions;
    private final List<MappedLongSet> tables;
    private final Set<String> hashtags = new HashSet<>();
    private final CsvFiles files;
    private final AmplifiedPairs amplified;

    BulkCsvSink(Path directory) {
        this.files = new CsvFiles(directory);
        this.amplified = new AmplifiedPairs(directory);
        this.postsWritten = new MappedLongSet(directory, "posts");
        this.referenced = new MappedLongSet(directory, "referenced-posts");
        this.referencedFirst = new MappedLongSet(directory, "posts-referenced-first");
        this.collectedLater = new MappedLongSet(directory, "posts-collected-later");
        this.accountsReferenced = new MappedLongSet(directory, "accounts-referenced");
        this.accountsProfiled = new MappedLongSet(directory, "accounts-profiled");
        this.handlesReferenced = new MappedLongSet(directory, "handles-referenced");
        this.handlesProfiled = new MappedLongSet(directory, "handles-profiled");
        this.follows = new MappedLongSet(directory, "follows");
        this.interactions = new MappedLongSet(directory, "interactions");
        this.tables = List.of(postsWritten, referenced, referencedFirst, collectedLater, accountsReferenced, accountsProfiled, handlesReferenced,
                handlesProfiled, follows, interactions);
    }

    CsvFiles files() {
        return files;
    }

    /** Bytes of the de-duplication tables, off the heap. */
    long tableBytes() {
        return tables.stream().mapToLong(MappedLongSet::bytes).sum() + amplified.tableBytes();
    }

    @Override
    public void record(List<ImportItem> items) {
        for (var item : items) {
            if (item instanceof PostItem post) {
                post(post);
            } else if (item instanceof AccountItem account) {
                profile(account);
            } else if (item instanceof FollowItem follow) {
                follow(follow);
            } else if (item instanceof InteractionItem interaction) {
                interaction(interaction);
            }
        }
    }

    /** After the last record: placeholders for the referenced posts that never arrived. */
    @Override
    public WriteCounts finish() {
        referenced.forEach(id -> {
            if (!postsWritten.contains(id)) {
                files.placeholders.row(Long.toString(id), Ids.encodesTime(id) ? Ids.snowflakeTime(id).toString() : null,
                        Ids.encodesTime(id), false, false);
            }
        });
        try {
            // Stale (version -1) and unsettled: marked fresh once the database has settled the rest.
            long pairs = amplified.write(files.amplified);
            files.materialised.row("AMPLIFIED", -1L, BulkAmplified.UNSETTLED, pairs, 0L, Instant.now().toString(), false);
            // Data migrations fix what older versions wrote; this store is written by this version, so they are
            // recorded as applied instead of run (V0003 scanned every retweet: 6 s and more for a million posts).
            for (var migration : SchemaMigrations.dataOnly()) {
                files.migrations.row(migration.version(), migration.description(), migration.checksum(),
                        migration.file(), Instant.now().toString());
            }
            files.markCollected(collectedLater::contains);
            files.keepReferences(key -> key.startsWith("@") ? handlesProfiled.contains(KeyHash.of(key))
                    : accountsProfiled.contains(Long.parseLong(key)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return WriteCounts.NONE;
    }

    private void post(PostItem post) {
        long id = Long.parseLong(post.id());
        if (!postsWritten.add(id)) {
            if (post.collected() && referencedFirst.contains(id)) {
                collectedLater.add(id);
            }
            return;
        }
        if (!post.collected()) {
            referencedFirst.add(id);
        }
        (post.collected() ? files.posts : files.referencedPosts).row(post.id(), post.collected(),
                post.createdAt().toString(), post.timeFromId(), true, "twitter", post.text(), post.lang(),
                post.conversationId());
        if (post.author() != null) {
            reference(post.author());
            files.posted.row(post.author().key(), post.id());
            amplified.posted(id, post.author());
        }
        edge(files.replies, post, post.replyToId(), AmplifiedPairs.REPLIES);
        edge(files.quotes, post, post.quotedId(), AmplifiedPairs.QUOTES);
        edge(files.retweets, post, post.retweetedId(), AmplifiedPairs.RETWEETS);
        edge(files.edits, post, post.editOf(), -1);
        if (post.replyToAccount() != null) {
            reference(post.replyToAccount());
        }
        post.mentions().stream().distinct().forEach(account -> {
            reference(account);
            files.mentions.row(post.id(), account.key());
            if (post.author() != null) {
                amplified.interaction(post.author(), account, AmplifiedPairs.MENTIONS);
            }
        });
        post.hashtags().stream().map(tag -> tag.toLowerCase(Locale.ROOT)).distinct().forEach(tag -> {
            if (hashtags.add(tag)) {
                files.hashtags.row(tag);
            }
            files.tags.row(post.id(), tag);
        });
    }

    /** @param kind the AMPLIFIED count the edge adds to, or -1 for none */
    private void edge(CsvFile file, PostItem from, String to, int kind) {
        if (to != null) {
            long target = Long.parseLong(to);
            referenced.add(target);
            file.row(from.id(), to);
            if (kind >= 0 && from.author() != null) {
                amplified.reference(from.author(), target, kind);
            }
        }
    }

    private void profile(AccountItem item) {
        var account = item.account();
        if (firstTime(account, accountsProfiled, handlesProfiled)) {
            files.accounts.row(account.key(), account.username(), handle(account), item.name(), item.followers(),
                    item.following(), item.createdAt() == null ? null : item.createdAt().toString(), item.verified(),
                    account.id() == null);
        }
    }

    private void reference(AccountRef account) {
        if (firstTime(account, accountsReferenced, handlesReferenced)) {
            files.allAccountReferences.row(account.key(), account.username(), handle(account), account.id() == null);
        }
    }

    private void follow(FollowItem follow) {
        if (follows.add(KeyHash.pair(follow.follower().key(), follow.followee().key(), 0))) {
            reference(follow.follower());
            reference(follow.followee());
            files.follows.row(follow.follower().key(), follow.followee().key());
        }
    }

    private void interaction(InteractionItem interaction) {
        var kind = interaction.kind().name().toLowerCase(Locale.ROOT);
        long salt = kind.hashCode() * 31L + interaction.time().toEpochMilli();
        if (interactions.add(KeyHash.pair(interaction.source().key(), interaction.target().key(), salt))) {
            reference(interaction.source());
            reference(interaction.target());
            files.interactions.row(interaction.source().key(), interaction.target().key(), kind,
                    interaction.time().toString());
            amplified.interaction(interaction.source(), interaction.target(), switch (interaction.kind()) {
                case RETWEET -> AmplifiedPairs.RETWEETS;
                case REPLY -> AmplifiedPairs.REPLIES;
                case MENTION -> AmplifiedPairs.MENTIONS;
            });
        }
    }

    private static boolean firstTime(AccountRef account, MappedLongSet ids, MappedLongSet handles) {
        return account.id() != null ? ids.add(Long.parseLong(account.id())) : handles.add(KeyHash.of(account.key()));
    }

    private static String handle(AccountRef account) {
        return account.username() == null ? null : account.username().toLowerCase(Locale.ROOT);
    }

    @Override
    public void close() throws IOException {
        try (files; amplified) {
            for (var table : tables) {
                table.close();
            }
        }
    }

}
