package org.metoodiffusion.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The relationship rows of one batch, their ends given by node id, in two sets: edges with an end
 * the batch's transaction created, which cannot exist yet and are created, and the others, which
 * are merged so that importing the same data twice changes nothing.
 */
final class EdgeRows {

    private final ItemBatch batch;
    private final BatchNodes nodes;
    private final Predicate<String> followsNothing;

    /** @param followsNothing whether an account key is known to have no outgoing FOLLOWS yet ({@link KnownAccounts}) */
    EdgeRows(ItemBatch batch, BatchNodes nodes, Predicate<String> followsNothing) {
        this.batch = batch;
        this.nodes = nodes;
        this.followsNothing = followsNothing;
    }

    /**
     * One row per post of the batch, created in this transaction or not ({@code created}): its
     * author, the posts it replies to, quotes and retweets, the accounts it mentions, its hashtags.
     */
    List<Map<String, Object>> posts(boolean created) {
        return batch.posts().stream().filter(post -> nodes.isNewPost(post.id()) == created).map(post -> {
            var row = new HashMap<String, Object>();
            row.put("post", nodes.post(post.id()));
            row.put("author", post.author() == null ? null : nodes.account(batch.key(post.author())));
            row.put("replyTo", nodes.post(post.replyToId()));
            row.put("quoted", nodes.post(post.quotedId()));
            row.put("retweeted", nodes.post(post.retweetedId()));
            row.put("mentions", post.mentions().stream().map(batch::key).distinct().map(nodes::account).toList());
            row.put("tags", post.hashtags().stream().map(ItemBatch::tag).distinct().map(nodes::hashtag).toList());
            return (Map<String, Object>) row;
        }).toList();
    }

    /**
     * Rows {@code follower, followee} that cannot exist yet ({@code created}: an end created in this
     * transaction, or a follower with no FOLLOWS edge yet), or the others.
     */
    List<Map<String, Object>> follows(boolean created) {
        return batch.follows().stream().map(item -> List.of(batch.key(item.follower()), batch.key(item.followee())))
                .distinct()
                .filter(pair -> (touchesNew(pair.get(0), pair.get(1)) || followsNothing.test(pair.get(0))) == created)
                .map(pair -> Map.<String, Object>of("follower", nodes.account(pair.get(0)),
                        "followee", nodes.account(pair.get(1)))).toList();
    }

    /** Rows {@code source, target, kind, at}: with an account created in this transaction or not. */
    List<Map<String, Object>> interactions(boolean created) {
        return batch.interactions().stream()
                .filter(item -> touchesNew(batch.key(item.source()), batch.key(item.target())) == created)
                .map(item -> Map.<String, Object>of("source", nodes.account(batch.key(item.source())),
                        "target", nodes.account(batch.key(item.target())),
                        "kind", item.kind().name().toLowerCase(Locale.ROOT), "at", item.time().toEpochMilli()))
                .distinct().toList();
    }

    private boolean touchesNew(String a, String b) {
        return nodes.isNewAccount(a) || nodes.isNewAccount(b);
    }
}
