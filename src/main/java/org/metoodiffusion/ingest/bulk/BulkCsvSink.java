package org.metoodiffusion.ingest.bulk;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.metoodiffusion.amplified.BulkAmplified;
import org.metoodiffusion.cypher.WriteCounts;
import org.metoodiffusion.id.Ids;
import org.metoodiffusion.ingest.AccountItem;
import org.metoodiffusion.ingest.AccountRef;
import org.metoodiffusion.ingest.BulkSettling;
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
 * interactions once (by a 64-bit hash of their ends, {@link KeyHash}). Every node gets its id from
 * {@link NodeIds}, which also remembers what was written of each post and account.
 *
 * <p>Memory: the node ids and the sets of edge hashes are {@link MappedTable}s and
 * {@link MappedLongSet}s, off the heap (16 to 64 bytes per element in the page cache or their
 * files), so the heap stays the same whatever the input's size; only the distinct hashtags are on
 * the heap.
 */
final class BulkCsvSink implements RecordConsumer, Closeable {

    private final NodeIds nodes;
    /** Node ids of posts first written as not collected whose own record came later. */
    private final MappedLongSet collectedLater;
    /** Node ids of accounts written with a profile. */
    private final MappedLongSet profiled;
    private final MappedLongSet follows;
    private final MappedLongSet interactions;
    /** Hashes ({@link KeyHash}) of the handles of accounts written with an id, and of those known by handle only. */
    private final MappedLongSet identifiedHandles;
    private final MappedLongSet provisionalHandles;
    private final List<MappedLongSet> tables;
    private boolean editedPosts;
    /** Hashtag to its node id. */
    private final Map<String, Long> hashtags = new HashMap<>();
    private final CsvFiles files;
    private final AmplifiedPairs amplified;

    BulkCsvSink(Path directory) {
        this.files = new CsvFiles(directory);
        this.amplified = new AmplifiedPairs(directory);
        this.nodes = new NodeIds(directory);
        this.collectedLater = new MappedLongSet(directory, "posts-collected-later");
        this.profiled = new MappedLongSet(directory, "accounts-profiled");
        this.follows = new MappedLongSet(directory, "follows");
        this.interactions = new MappedLongSet(directory, "interactions");
        this.identifiedHandles = new MappedLongSet(directory, "identified-handles");
        this.provisionalHandles = new MappedLongSet(directory, "provisional-handles");
        this.tables = List.of(collectedLater, profiled, follows, interactions, identifiedHandles, provisionalHandles);
    }

    CsvFiles files() {
        return files;
    }

    /** Bytes of the de-duplication tables, off the heap. */
    long tableBytes() {
        return tables.stream().mapToLong(MappedLongSet::bytes).sum() + nodes.bytes() + amplified.tableBytes();
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

    /**
     * What the database has to settle, from what was written: twins only where an account known by
     * handle only shares its handle with one known by id (a 64-bit hash of each; a collision only
     * costs the search), edit authors only where an edit was written; origins never (the offline
     * import writes none).
     */
    BulkSettling settling() {
        boolean[] twins = {false};
        provisionalHandles.forEach(handle -> twins[0] = twins[0] || identifiedHandles.contains(handle));
        return new BulkSettling(twins[0], editedPosts, false);
    }

    /** After the last record: placeholders for the referenced posts that never arrived. */
    @Override
    public WriteCounts finish() {
        nodes.forEachPost((id, node, written) -> {
            if (!written) {
                files.placeholders.row(node, Long.toString(id),
                        Ids.encodesTime(id) ? Ids.snowflakeTime(id).toString() : null, Ids.encodesTime(id), false, false);
            }
        });
        try {
            // Stale (version -1) and unsettled: marked fresh once the database has settled the rest.
            var pairs = amplified.write(files.amplified);
            files.materialised.row(nodes.next(), "AMPLIFIED", -1L, BulkAmplified.UNSETTLED, pairs.pairs(), 0L,
                    Instant.now(), pairs.accounts() == nodes.accounts());
            // Data migrations fix what older versions wrote; this store is written by this version, so they are
            // recorded as applied instead of run (V0003 scanned every retweet: 6 s and more for a million posts).
            for (var migration : SchemaMigrations.dataOnly()) {
                files.migrations.row(nodes.next(), migration.version(), migration.description(), migration.checksum(),
                        migration.file(), Instant.now());
            }
            files.markCollected(collectedLater::contains);
            files.keepReferences(profiled::contains);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return WriteCounts.NONE;
    }

    private void post(PostItem post) {
        long id = Long.parseLong(post.id());
        long marked = nodes.post(id, NodeIds.WRITTEN);
        long node = NodeIds.node(marked);
        if (NodeIds.had(marked, NodeIds.WRITTEN)) {
            if (post.collected() && NodeIds.had(marked, NodeIds.DESCRIBED)) {
                collectedLater.add(node);
            }
            return;
        }
        if (!post.collected()) {
            nodes.post(id, NodeIds.DESCRIBED);
        }
        (post.collected() ? files.posts : files.referencedPosts).row(node, post.collected(), post.id(),
                post.createdAt(), post.timeFromId(), true, "twitter", post.text(), post.lang(),
                post.conversationId());
        long author = -1;
        if (post.author() != null) {
            author = reference(post.author());
            files.posted.row(author, node);
            amplified.posted(node, author);
        }
        edge(files.replies, node, author, post.replyToId(), AmplifiedPairs.REPLIES);
        edge(files.quotes, node, author, post.quotedId(), AmplifiedPairs.QUOTES);
        edge(files.retweets, node, author, post.retweetedId(), AmplifiedPairs.RETWEETS);
        edge(files.edits, node, author, post.editOf(), -1);
        editedPosts = editedPosts || post.editOf() != null;
        if (post.replyToAccount() != null) {
            reference(post.replyToAccount());
        }
        for (var account : post.mentions().stream().distinct().toList()) {
            long mentioned = reference(account);
            files.mentions.row(node, mentioned);
            if (author >= 0) {
                amplified.interaction(author, mentioned, AmplifiedPairs.MENTIONS);
            }
        }
        // A plain loop: a post has a few tags, and a stream per post cost more than the rest of tagging.
        var tags = new ArrayList<String>(post.hashtags().size());
        for (var hashtag : post.hashtags()) {
            var tag = hashtag.toLowerCase(Locale.ROOT);
            if (tags.contains(tag)) {
                continue;
            }
            tags.add(tag);
            Long tagNode = hashtags.get(tag);
            if (tagNode == null) {
                tagNode = nodes.next();
                hashtags.put(tag, tagNode);
                files.hashtags.row(tagNode, tag);
            }
            files.tags.row(node, tagNode);
        }
    }

    /**
     * @param author the post's author's node id, or -1 for none
     * @param kind   the AMPLIFIED count the edge adds to, or -1 for none
     */
    private void edge(CsvFile file, long from, long author, String to, int kind) {
        if (to != null) {
            long target = NodeIds.node(nodes.post(Long.parseLong(to), 0));
            file.row(from, target);
            if (kind >= 0 && author >= 0) {
                amplified.reference(author, target, kind);
            }
        }
    }

    private void profile(AccountItem item) {
        var account = item.account();
        long marked = nodes.account(NodeIds.accountCode(account), NodeIds.DESCRIBED);
        if (!NodeIds.had(marked, NodeIds.DESCRIBED)) {
            long node = NodeIds.node(marked);
            profiled.add(node);
            handleWritten(account);
            files.accounts.row(node, account.key(), account.username(), handle(account), item.name(), item.followers(),
                    item.following(), item.createdAt(), item.verified(),
                    account.id() == null);
        }
    }

    /** The account's node id; its reference row is written the first time. */
    private long reference(AccountRef account) {
        long marked = nodes.account(NodeIds.accountCode(account), NodeIds.WRITTEN);
        long node = NodeIds.node(marked);
        if (!NodeIds.had(marked, NodeIds.WRITTEN)) {
            handleWritten(account);
            files.allAccountReferences.row(node, account.key(), account.username(), handle(account),
                    account.id() == null);
        }
        return node;
    }

    private void follow(FollowItem follow) {
        long follower = reference(follow.follower());
        long followee = reference(follow.followee());
        if (follows.add(KeyHash.pair(follower, followee, 0))) {
            files.follows.row(follower, followee);
        }
    }

    private void interaction(InteractionItem interaction) {
        var kind = interaction.kind().name().toLowerCase(Locale.ROOT);
        long salt = kind.hashCode() * 31L + interaction.time().toEpochMilli();
        long source = reference(interaction.source());
        long target = reference(interaction.target());
        if (interactions.add(KeyHash.pair(source, target, salt))) {
            files.interactions.row(source, target, kind, interaction.time().toString());
            amplified.interaction(source, target, switch (interaction.kind()) {
                case RETWEET -> AmplifiedPairs.RETWEETS;
                case REPLY -> AmplifiedPairs.REPLIES;
                case MENTION -> AmplifiedPairs.MENTIONS;
            });
        }
    }

    private void handleWritten(AccountRef account) {
        if (account.username() != null) {
            (account.id() == null ? provisionalHandles : identifiedHandles).add(KeyHash.of(handle(account)));
        }
    }

    private static String handle(AccountRef account) {
        return account.username() == null ? null : account.username().toLowerCase(Locale.ROOT);
    }

    @Override
    public void close() throws IOException {
        try (files; amplified; nodes) {
            for (var table : tables) {
                table.close();
            }
        }
    }

}
