package org.metoodiffusion.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.metoodiffusion.ingest.AccountItem;
import org.metoodiffusion.ingest.AccountRef;
import org.metoodiffusion.ingest.PostItem;
import org.metoodiffusion.ingest.RecordingSink;

/**
 * The same six tweets (an original, a reply, a quote, a retweet, a long tweet and its retweet) as
 * v1.1 JSONL, as twarc2 pages and as twarc2 flatten output must give the same graph facts.
 */
class V1V2EquivalenceTests {

    /** What the graph keeps of a post, whatever the format (text, lang, conversation and source may differ). */
    record PostFacts(String id, String author, Instant createdAt, boolean timeFromId, String replyToId,
            String replyToAccount, String quotedId, String retweetedId, List<String> hashtags, List<String> mentions) {

        static PostFacts of(PostItem post) {
            return new PostFacts(post.id(), key(post.author()), post.createdAt().truncatedTo(ChronoUnit.SECONDS),
                    post.timeFromId(), post.replyToId(), key(post.replyToAccount()), post.quotedId(),
                    post.retweetedId(), post.hashtags(), post.mentions().stream().map(AccountRef::key).toList());
        }

        private static String key(AccountRef ref) {
            return ref == null ? null : ref.key();
        }
    }

    private static TreeMap<String, PostFacts> posts(RecordingSink sink) {
        var facts = new TreeMap<String, PostFacts>();
        Fixtures.posts(sink).values().forEach(post -> facts.put(post.id(), PostFacts.of(post)));
        return facts;
    }

    private static Set<AccountItem> accounts(RecordingSink sink) {
        return sink.items.stream().filter(AccountItem.class::isInstance).map(AccountItem.class::cast)
                .collect(Collectors.toSet());
    }

    @Test
    void v1AndTwarc2PagesAndFlattenedGiveTheSameFacts() {
        var v1 = Fixtures.read(new TwitterV1Reader(), "twitter-v1/equivalence.jsonl");
        var pages = Fixtures.read(new Twarc2Reader(), "twarc2/equivalence-pages.jsonl");
        var flat = Fixtures.read(new Twarc2Reader(), "twarc2/equivalence-flat.jsonl");

        assertThat(posts(v1)).hasSize(6);
        assertThat(posts(pages)).isEqualTo(posts(v1));
        assertThat(posts(flat)).isEqualTo(posts(v1));
        assertThat(accounts(v1)).hasSize(5);
        assertThat(accounts(pages)).isEqualTo(accounts(v1));
        assertThat(accounts(flat)).isEqualTo(accounts(v1));
        assertThat(List.of(v1.records, pages.records, flat.records)).containsOnly(6);
    }

    @Test
    void everyPostDeliveredAgreesWithItsOtherCopies() {
        // an embedded copy (v1 quoted_status, v2 includes) must not contradict the tweet's own record
        for (var sink : List.of(Fixtures.read(new TwitterV1Reader(), "twitter-v1/equivalence.jsonl"),
                Fixtures.read(new Twarc2Reader(), "twarc2/equivalence-pages.jsonl"))) {
            var byId = sink.items.stream().filter(PostItem.class::isInstance).map(PostItem.class::cast)
                    .collect(Collectors.groupingBy(PostItem::id, Collectors.mapping(PostFacts::of, Collectors.toSet())));
            assertThat(byId.values()).allSatisfy(copies -> assertThat(copies).hasSize(1));
        }
    }
}
