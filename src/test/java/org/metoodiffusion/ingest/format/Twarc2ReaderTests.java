package org.metoodiffusion.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.metoodiffusion.ingest.format.Fixtures.accounts;
import static org.metoodiffusion.ingest.format.Fixtures.posts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

import org.metoodiffusion.ingest.AccountItem;
import org.metoodiffusion.ingest.PostItem;
import org.metoodiffusion.ingest.AccountRef;

class Twarc2ReaderTests {

    private static final String ROOT = "919659438700670976";
    private static final AccountRef MILANO = new AccountRef("26642006", "Alyssa_Milano");
    private static final AccountRef ANA = new AccountRef("1122334455", "ana_b");

    private final Twarc2Reader reader = new Twarc2Reader();

    @Test
    void readsResponsePagesOneRecordPerTweetInData() {
        var sink = Fixtures.read(reader, "twarc2/equivalence-pages.jsonl");

        assertThat(sink.records).isEqualTo(6);
        assertThat(sink.rejects).isEmpty();
        assertThat(sink.flags).isEmpty();
        var reply = posts(sink).get("919664181761122595");
        assertThat(reply.author()).isEqualTo(new AccountRef("771234567", "jane_doe_1985"));
        assertThat(reply.createdAt()).isEqualTo(Instant.parse("2017-10-15T20:40:02Z"));
        assertThat(reply.conversationId()).isEqualTo(ROOT);
        assertThat(reply.replyToId()).isEqualTo(ROOT);
        assertThat(reply.replyToAccount()).isEqualTo(MILANO);
        assertThat(reply.mentions()).containsExactly(MILANO);
        assertThat(reply.source()).isEqualTo("twarc2");
        assertThat(accounts(sink)).contains(new AccountItem(MILANO, "Alyssa Milano", 3412345L, 2134L,
                Instant.parse("2009-03-25T22:17:13Z"), true));
    }

    @Test
    void retweetKeepsItsOwnEntitiesNotTheIncludedOriginals() {
        var sink = Fixtures.read(reader, "twarc2/equivalence-pages.jsonl");
        var retweet = posts(sink).get("919687703417828081");

        assertThat(retweet.retweetedId()).isEqualTo("919664181761122595");
        assertThat(retweet.mentions()).containsExactly(MILANO);
        assertThat(retweet.hashtags()).containsExactly("MeToo");
        // Its own text is cut before the original's hashtags: they belong to the original only.
        assertThat(posts(sink).get("919852917052145665").hashtags()).isEmpty();
        assertThat(posts(sink).get("919852917052145665").mentions()).isEmpty();
        assertThat(posts(sink).get("919836034978622037").hashtags()).containsExactly("MeToo", "SurvivorsSpeak");
    }

    @Test
    void postsInDataAreCollectedAndIncludedTweetsOnlyReferenced() {
        var sink = Fixtures.read(reader, "twarc2/equivalence-pages.jsonl");
        var descriptions = sink.items.stream().filter(PostItem.class::isInstance).map(PostItem.class::cast)
                .filter(post -> post.id().equals("919836034978622037")).map(PostItem::collected).toList();

        // In page 2's data (collected) and its includes.tweets, as the original of a collected retweet.
        assertThat(descriptions).containsExactlyInAnyOrder(true, false);
        assertThat(posts(sink).values()).filteredOn(post -> post.id().equals("919687703417828081"))
                .extracting(PostItem::collected).containsOnly(true);
    }

    @Test
    void readsFlattenedTweetsWithInlinedAuthorsAndReferences() {
        var sink = Fixtures.read(reader, "twarc2/equivalence-flat.jsonl");

        assertThat(sink.records).isEqualTo(6);
        assertThat(sink.rejects).isEmpty();
        var quote = posts(sink).get("919670661960833543");
        assertThat(quote.quotedId()).isEqualTo(ROOT);
        assertThat(quote.author()).isEqualTo(new AccountRef("2213456789", "sam_writes"));
    }

    @Test
    void deletedReferencedTweetLoadsAsAReferenceOnlyWithNoInventedAuthor() {
        var sink = Fixtures.read(reader, "twarc2/problems.jsonl");
        var retweet = posts(sink).get("919853168710385666");

        assertThat(retweet.retweetedId()).isEqualTo("919000000000000001");
        assertThat(posts(sink)).doesNotContainKey("919000000000000001");
        assertThat(retweet.hashtags()).containsExactly("MeToo");
        assertThat(retweet.mentions()).as("the RT @x prefix is not a mention").isEmpty();
        assertThat(retweet.author()).isEqualTo(ANA);
    }

    @Test
    void includedTweetWhoseAuthorIsNotIncludedKeepsItsAuthorIdOnly() {
        var sink = Fixtures.read(reader, "twarc2/problems.jsonl");
        var quoted = posts(sink).get("919700000000000002");

        assertThat(quoted.author()).isEqualTo(AccountRef.ofId("998877665"));
        assertThat(accounts(sink)).noneMatch(a -> a.account().key().equals("998877665"));
        assertThat(posts(sink).get("919853420368625667").quotedId()).isEqualTo("919700000000000002");
    }

    @Test
    void flattenedRetweetOfAnUnavailableTweet() {
        var retweet = posts(Fixtures.read(reader, "twarc2/problems.jsonl")).get("919854427001585671");

        assertThat(retweet.retweetedId()).isEqualTo("919000000000000004");
        assertThat(retweet.mentions()).isEmpty();
        assertThat(retweet.hashtags()).containsExactly("MeToo");
    }

    @Test
    void rejectsNonTweetsMalformedLinesAndMangledIds() {
        var sink = Fixtures.read(reader, "twarc2/problems.jsonl");

        assertThat(sink.records).isEqualTo(5);
        assertThat(sink.rejects).hasSize(6);
        assertThat(sink.rejects).anySatisfy(r -> assertThat(r).startsWith("2:").contains("API error")
                .contains("not authorized"));
        assertThat(sink.rejects).anySatisfy(r -> assertThat(r).startsWith("4:").contains("malformed JSON"));
        assertThat(sink.rejects).anySatisfy(r -> assertThat(r).startsWith("5:").contains("floating-point"));
        assertThat(sink.rejects).anySatisfy(r -> assertThat(r).startsWith("6:").contains("v1.1"));
        assertThat(sink.rejects).anySatisfy(r -> assertThat(r).startsWith("7:").contains("user object"));
        assertThat(sink.rejects).anySatisfy(r -> assertThat(r).startsWith("8:").contains("JSON array"));
        assertThat(sink.rejects).noneMatch(r -> r.startsWith("3:"));
    }

    @Test
    void mangledReferencedIdIsFlaggedAndMissingTimeComesFromTheId() {
        var sink = Fixtures.read(reader, "twarc2/problems.jsonl");
        var reply = posts(sink).get("919853672026865668");
        var untimed = posts(sink).get("919854175343345670");

        assertThat(reply.replyToId()).isNull();
        assertThat(reply.replyToAccount()).isEqualTo(AccountRef.ofId("26642006"));
        assertThat(sink.flags).singleElement().satisfies(f -> assertThat(f).startsWith("5:").contains("replied_to")
                .contains("floating-point"));
        assertThat(untimed.timeFromId()).isTrue();
        assertThat(untimed.createdAt()).isEqualTo(Instant.parse("2017-10-16T09:15:00.123Z"));
    }

    @Test
    void readsGzip() throws IOException {
        var zipped = new ByteArrayOutputStream();
        try (var gzip = new GZIPOutputStream(zipped)) {
            gzip.write(Fixtures.bytes("twarc2/equivalence-flat.jsonl"));
        }
        assertThat(Fixtures.read(reader, zipped.toByteArray()).records).isEqualTo(6);
    }

    @Test
    void rejectsALineOfInvalidUtf8() throws IOException {
        var bytes = new ByteArrayOutputStream();
        bytes.write(Fixtures.bytes("twarc2/equivalence-flat.jsonl"));
        bytes.write(new byte[] {'{', '"', 'i', 'd', '"', ':', (byte) 0xE2, (byte) 0x82, '}', '\n'});

        var sink = Fixtures.read(reader, bytes.toByteArray());

        assertThat(sink.records).isEqualTo(6);
        assertThat(sink.rejects).containsExactly("7:invalid UTF-8");
    }

    @Test
    void sniffsPagesAndFlattenedLinesButNotV1() {
        assertThat(reader.sniff(Fixtures.head("twarc2/equivalence-pages.jsonl"))).isTrue();
        assertThat(reader.sniff(Fixtures.head("twarc2/equivalence-flat.jsonl"))).isTrue();
        assertThat(reader.sniff(List.of("{\"data\": [{\"id\": \"1\", \"author_id\": \"2\", \"text\": \"cut her"))).isTrue();
        assertThat(reader.sniff(Fixtures.head("twitter-v1/equivalence.jsonl"))).isFalse();
        assertThat(reader.sniff(Fixtures.head("twitter-v1/search-pretty.json"))).isFalse();
        assertThat(reader.sniff(List.of("not json"))).isFalse();
    }
}
