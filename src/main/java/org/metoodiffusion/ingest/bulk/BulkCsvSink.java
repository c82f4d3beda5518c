package org.metoodiffusion.ingest.bulk;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.collections.impl.set.mutable.primitive.LongHashSet;
import org.metoodiffusion.id.Ids;
import org.metoodiffusion.ingest.AccountItem;
import org.metoodiffusion.ingest.AccountRef;
import org.metoodiffusion.ingest.FollowItem;
import org.metoodiffusion.ingest.ImportItem;
import org.metoodiffusion.ingest.InteractionItem;
import org.metoodiffusion.ingest.PostItem;
import org.metoodiffusion.ingest.RecordConsumer;
import org.metoodiffusion.store.WriteCounts;

/**
 * Turns read items into the offline importer's CSV files, de-duplicated as the transactional
 * path's merges would: a post and its edges are written once (its first description), a referenced
 * post missing from the data becomes one placeholder, an account once (with its first profile if
 * it has one, else as first referred to), follows and
 * interactions once (by a 64-bit hash of their ends; a collision, about one in 10^4 at 10^8 edges,
 * would drop one edge).
 *
 * <p>Memory: primitive hash sets of post ids, referenced ids and account ids, about 16 bytes per
 * element.
 */
final class BulkCsvSink implements RecordConsumer, Closeable {

    private final LongHashSet postsWritten = new LongHashSet();
    private final LongHashSet referenced = new LongHashSet();
    private final LongHashSet accountsReferenced = new LongHashSet();
    private final LongHashSet accountsProfiled = new LongHashSet();
    private final Set<String> handlesReferenced = new HashSet<>();
    private final Set<String> handlesProfiled = new HashSet<>();
    private final Set<String> hashtags = new HashSet<>();
    private final LongHashSet follows = new LongHashSet();
    private final LongHashSet interactions = new LongHashSet();
    private final CsvFiles files;

    BulkCsvSink(Path directory) {
        this.files = new CsvFiles(directory);
    }

    CsvFiles files() {
        return files;
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
        referenced.removeAll(postsWritten);
        referenced.forEach(id -> files.placeholders.row(Long.toString(id),
                Ids.encodesTime(id) ? Ids.snowflakeTime(id).toString() : null, Ids.encodesTime(id), false));
        try {
            files.keepReferences(key -> key.startsWith("@") ? handlesProfiled.contains(key)
                    : accountsProfiled.contains(Long.parseLong(key)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return WriteCounts.NONE;
    }

    private void post(PostItem post) {
        if (!postsWritten.add(Long.parseLong(post.id()))) {
            return;
        }
        files.posts.row(post.id(), post.createdAt().toString(), post.timeFromId(), true, "twitter", post.text(),
                post.lang(), post.conversationId());
        if (post.author() != null) {
            reference(post.author());
            files.posted.row(post.author().key(), post.id());
        }
        edge(files.replies, post.id(), post.replyToId());
        edge(files.quotes, post.id(), post.quotedId());
        edge(files.retweets, post.id(), post.retweetedId());
        if (post.replyToAccount() != null) {
            reference(post.replyToAccount());
        }
        post.mentions().stream().distinct().forEach(account -> {
            reference(account);
            files.mentions.row(post.id(), account.key());
        });
        post.hashtags().stream().map(tag -> tag.toLowerCase(Locale.ROOT)).distinct().forEach(tag -> {
            if (hashtags.add(tag)) {
                files.hashtags.row(tag);
            }
            files.tags.row(post.id(), tag);
        });
    }

    private void edge(CsvFile file, String from, String to) {
        if (to != null) {
            referenced.add(Long.parseLong(to));
            file.row(from, to);
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
        if (follows.add(pairHash(follow.follower().key(), follow.followee().key(), 0))) {
            reference(follow.follower());
            reference(follow.followee());
            files.follows.row(follow.follower().key(), follow.followee().key());
        }
    }

    private void interaction(InteractionItem interaction) {
        var kind = interaction.kind().name().toLowerCase(Locale.ROOT);
        long salt = kind.hashCode() * 31L + interaction.time().toEpochMilli();
        if (interactions.add(pairHash(interaction.source().key(), interaction.target().key(), salt))) {
            reference(interaction.source());
            reference(interaction.target());
            files.interactions.row(interaction.source().key(), interaction.target().key(), kind,
                    interaction.time().toString());
        }
    }

    private static boolean firstTime(AccountRef account, LongHashSet ids, Set<String> handles) {
        return account.id() != null ? ids.add(Long.parseLong(account.id())) : handles.add(account.key());
    }

    private static String handle(AccountRef account) {
        return account.username() == null ? null : account.username().toLowerCase(Locale.ROOT);
    }

    /** A 64-bit hash of an ordered pair of keys (SplitMix64 finaliser over both). */
    private static long pairHash(String a, String b, long salt) {
        long h = mix(a.hashCode() * 0x9E3779B97F4A7C15L + a.length());
        h = mix(h ^ (b.hashCode() * 0xC2B2AE3D27D4EB4FL + b.length()));
        h = mix(h ^ digits(a));
        h = mix(h ^ (digits(b) * 31));
        return mix(h ^ salt);
    }

    private static long digits(String key) {
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException e) {
            return key.hashCode();
        }
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    @Override
    public void close() throws IOException {
        files.close();
    }

}
