package org.metoodiffusion.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.metoodiffusion.ingest.format.Fixtures.accounts;
import static org.metoodiffusion.ingest.format.Fixtures.posts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

import org.metoodiffusion.ingest.AccountItem;
import org.metoodiffusion.ingest.AccountRef;
import org.metoodiffusion.ingest.PostItem;

class TwitterV1ReaderTests {

    private static final String ROOT = "919659438700670976";
    private static final AccountRef MILANO = new AccountRef("26642006", "Alyssa_Milano");

    private final TwitterV1Reader reader = new TwitterV1Reader();

    @Test
    void aRetweetKeepsItsEdgeWhenItsEmbeddedOriginalCannotLoad() {
        var sink = Fixtures.readText(reader, "{\"id_str\":\"919700000000000100\",\"created_at\":"
                + "\"Mon Oct 16 03:00:00 +0000 2017\",\"text\":\"RT @old: hi\",\"user\":{\"id_str\":\"51\","
                + "\"screen_name\":\"rt_er\"},\"retweeted_status\":{\"id_str\":\"12345\",\"created_at\":\"garbage\","
                + "\"text\":\"hi\",\"user\":{\"id_str\":\"52\",\"screen_name\":\"old\"}}}\n");
        assertThat(sink.rejects).isEmpty();
        assertThat(sink.records).isEqualTo(1);
        assertThat(posts(sink).get("919700000000000100").retweetedId()).isEqualTo("12345");
        assertThat(sink.flags).anySatisfy(flag -> assertThat(flag).contains("retweeted tweet dropped"));
    }

    @Test
    void readsJsonlTweetsWithAuthors() {
        var sink = Fixtures.read(reader, "twitter-v1/equivalence.jsonl");

        assertThat(sink.records).isEqualTo(6);
        assertThat(sink.rejects).isEmpty();
        assertThat(sink.flags).isEmpty();
        var root = posts(sink).get(ROOT);
        assertThat(root.author()).isEqualTo(MILANO);
        assertThat(root.createdAt()).isEqualTo(Instant.parse("2017-10-15T20:21:11Z"));
        assertThat(root.timeFromId()).isFalse();
        assertThat(root.text()).startsWith("If you’ve been sexually harassed");
        assertThat(root.lang()).isEqualTo("en");
        assertThat(root.conversationId()).isNull();
        assertThat(root.source()).isEqualTo("twitter-v1");
        assertThat(accounts(sink)).contains(new AccountItem(MILANO, "Alyssa Milano", 3412345L, 2134L,
                Instant.parse("2009-03-25T22:17:13Z"), true));
    }

    @Test
    void replyLinksToPostAndAccount() {
        var reply = posts(Fixtures.read(reader, "twitter-v1/equivalence.jsonl")).get("919664181761122595");

        assertThat(reply.replyToId()).isEqualTo(ROOT);
        assertThat(reply.replyToAccount()).isEqualTo(MILANO);
        assertThat(reply.hashtags()).containsExactly("MeToo");
        assertThat(reply.mentions()).containsExactly(MILANO);
    }

    @Test
    void quotedStatusIsEmittedAsAPostOfItsOwn() {
        var sink = Fixtures.read(reader, "twitter-v1/equivalence.jsonl");
        var quote = posts(sink).get("919670661960833543");

        assertThat(quote.quotedId()).isEqualTo(ROOT);
        assertThat(quote.hashtags()).containsExactly("MeToo", "HowIWillChange");
        // the root is delivered twice: on its own line and embedded in the quote's record
        assertThat(sink.items).filteredOn(item -> item instanceof PostItem post && post.id().equals(ROOT)).hasSize(2);
    }

    @Test
    void retweetKeepsItsOwnEntitiesNotTheOriginalsNorTheRtPrefix() {
        var sink = Fixtures.read(reader, "twitter-v1/equivalence.jsonl");
        var retweetOfReply = posts(sink).get("919687703417828081");
        var retweetOfLong = posts(sink).get("919852917052145665");

        assertThat(retweetOfReply.retweetedId()).isEqualTo("919664181761122595");
        // Its own "RT @jane_doe_1985: @Alyssa_Milano Me too. #MeToo": the prefix mention is the retweet edge.
        assertThat(retweetOfReply.mentions()).containsExactly(MILANO);
        assertThat(retweetOfReply.hashtags()).containsExactly("MeToo");
        assertThat(retweetOfReply.replyToId()).isNull();
        assertThat(retweetOfLong.retweetedId()).isEqualTo("919836034978622037");
        assertThat(retweetOfLong.text()).startsWith("RT @ruth_speaks:");
        // Its own text is cut before the original's hashtags: they belong to the original only.
        assertThat(retweetOfLong.hashtags()).isEmpty();
        assertThat(retweetOfLong.mentions()).isEmpty();
        assertThat(retweetOfLong.collected()).isTrue();
        var original = posts(sink).get("919836034978622037");
        assertThat(original.hashtags()).containsExactly("MeToo", "SurvivorsSpeak");
    }

    @Test
    void extendedTweetGivesFullTextAndEntities() {
        var long_ = posts(Fixtures.read(reader, "twitter-v1/equivalence.jsonl")).get("919836034978622037");

        assertThat(long_.text()).endsWith("none of it was your fault. #MeToo #SurvivorsSpeak");
        assertThat(long_.hashtags()).containsExactly("MeToo", "SurvivorsSpeak");
    }

    @Test
    void readsAPrettyPrintedJsonArray() {
        var sink = Fixtures.read(reader, "twitter-v1/array.json");

        assertThat(sink.rejects).isEmpty();
        assertThat(sink.records).isEqualTo(2);
        assertThat(posts(sink)).containsKeys(ROOT, "919664181761122595");
    }

    @Test
    void readsAPrettyPrintedSearchResponseStatusByStatus() {
        var sink = Fixtures.read(reader, "twitter-v1/search-pretty.json");

        assertThat(sink.rejects).isEmpty();
        assertThat(sink.records).isEqualTo(3);
        assertThat(posts(sink)).containsKeys("919664181761122595", "919670661960833543", "919687703417828081",
                ROOT);
    }

    @Test
    void rejectsWhatIsNotATweetAndLoadsTheRest() {
        var sink = Fixtures.read(reader, "twitter-v1/problems.jsonl");

        assertThat(sink.records).isEqualTo(4);
        assertThat(sink.rejects).hasSize(10);
        assertThat(sink.rejects).anySatisfy(r -> assertThat(r).startsWith("2:").contains("limit notice"));
        assertThat(sink.rejects).anySatisfy(r -> assertThat(r).startsWith("3:").contains("deletion notice"));
        assertThat(sink.rejects).anySatisfy(r -> assertThat(r).startsWith("4:").contains("API error")
                .contains("No status found"));
        assertThat(sink.rejects).anySatisfy(r -> assertThat(r).startsWith("5:").contains("user object"));
        assertThat(sink.rejects).anySatisfy(r -> assertThat(r).startsWith("6:").contains("floating-point"));
        assertThat(sink.rejects).anySatisfy(r -> assertThat(r).startsWith("7:").contains("floating-point"));
        assertThat(sink.rejects).anySatisfy(r -> assertThat(r).startsWith("9:").contains("malformed JSON"));
        assertThat(sink.rejects).anySatisfy(r -> assertThat(r).startsWith("11:").contains("without an id"));
        assertThat(sink.rejects).anySatisfy(r -> assertThat(r).startsWith("13:").contains("JSON number"));
        assertThat(sink.rejects).anySatisfy(r -> assertThat(r).startsWith("14:").contains("floating-point"));
        assertThat(String.join("\n", sink.rejects)).doesNotContain("Source:").doesNotContain("\tat ");
    }

    @Test
    void mangledReplyIdIsFlaggedAndTheTweetLoadsWithoutIt() {
        var sink = Fixtures.read(reader, "twitter-v1/problems.jsonl");
        var reply = posts(sink).get("919853672026865668");

        assertThat(reply.replyToId()).isNull();
        assertThat(reply.replyToAccount()).isEqualTo(MILANO);
        assertThat(sink.flags).singleElement().satisfies(f -> assertThat(f).startsWith("8:")
                .contains("reply-to post id").contains("floating-point"));
    }

    @Test
    void missingCreatedAtIsTakenFromTheSnowflakeId() {
        var post = posts(Fixtures.read(reader, "twitter-v1/problems.jsonl")).get("919854175343345670");

        assertThat(post.timeFromId()).isTrue();
        assertThat(post.createdAt()).isEqualTo(Instant.parse("2017-10-16T09:15:00.123Z"));
    }

    @Test
    void readsGzipByItsMagicBytes() throws IOException {
        var zipped = new ByteArrayOutputStream();
        try (var gzip = new GZIPOutputStream(zipped)) {
            gzip.write(Fixtures.bytes("twitter-v1/equivalence.jsonl"));
        }
        var sink = Fixtures.read(reader, zipped.toByteArray());

        assertThat(sink.records).isEqualTo(6);
        assertThat(sink.rejects).isEmpty();
    }

    @Test
    void rejectsALineOfInvalidUtf8AndReadsItsNeighbours() throws IOException {
        var lines = new String(Fixtures.bytes("twitter-v1/equivalence.jsonl"), StandardCharsets.UTF_8).lines().toList();
        var bytes = new ByteArrayOutputStream();
        bytes.write((lines.get(0) + "\n").getBytes(StandardCharsets.UTF_8));
        bytes.write(lines.get(1).replace("Me too.", "Me too \u0000").getBytes(StandardCharsets.UTF_8));
        bytes.write(new byte[] {(byte) 0xC3, (byte) 0x28, '\n'});
        bytes.write((lines.get(2) + "\n").getBytes(StandardCharsets.UTF_8));

        var sink = Fixtures.read(reader, bytes.toByteArray());

        assertThat(sink.records).isEqualTo(2);
        assertThat(sink.rejects).containsExactly("2:invalid UTF-8");
    }

    @Test
    void rejectsInvalidUtf8InAPrettyPrintedDocument() throws IOException {
        var text = new String(Fixtures.bytes("twitter-v1/array.json"), StandardCharsets.UTF_8);
        int cut = text.indexOf("Me too.");
        var bytes = new ByteArrayOutputStream();
        bytes.write(text.substring(0, cut).getBytes(StandardCharsets.UTF_8));
        bytes.write(new byte[] {(byte) 0xFF});
        bytes.write(text.substring(cut).getBytes(StandardCharsets.UTF_8));

        var sink = Fixtures.read(reader, bytes.toByteArray());

        assertThat(sink.records).isEqualTo(1);
        assertThat(sink.rejects).singleElement().satisfies(r -> assertThat(r).endsWith(":invalid UTF-8"));
    }

    @Test
    void brokenJsonInAnArrayIsRejectedOnceWithItsLine() {
        var sink = Fixtures.readText(reader, "[\n  {\"id_str\": \"919853168710385666\", \"text\": \"#MeToo\"},\n"
                + "  {\"id_str\": \n");

        assertThat(sink.records).isEqualTo(1);
        assertThat(sink.rejects).singleElement().satisfies(r -> assertThat(r).startsWith("4:")
                .contains("malformed JSON").doesNotContain("Source:"));
    }

    @Test
    void sniffsV1ShapesAndNotV2() {
        assertThat(reader.sniff(Fixtures.head("twitter-v1/equivalence.jsonl"))).isTrue();
        assertThat(reader.sniff(Fixtures.head("twitter-v1/array.json"))).isTrue();
        assertThat(reader.sniff(Fixtures.head("twitter-v1/search-pretty.json"))).isTrue();
        assertThat(reader.sniff(Fixtures.head("twarc2/equivalence-pages.jsonl"))).isFalse();
        assertThat(reader.sniff(Fixtures.head("twarc2/equivalence-flat.jsonl"))).isFalse();
        assertThat(reader.sniff(List.of("tweet_id,in_reply_to_tweet_id", "1,2"))).isFalse();
        assertThat(reader.sniff(List.of())).isFalse();
    }

    @Test
    void decidesBetweenLinesAndDocuments() {
        assertThat(TwitterV1Reader.lineByLine(List.of("{\"id_str\":\"1\"}", "{\"id_str\":\"2\"}"))).isTrue();
        assertThat(TwitterV1Reader.lineByLine(List.of("{\"id_str\":\"1\",", "{\"id_str\":\"2\"}"))).isTrue();
        assertThat(TwitterV1Reader.lineByLine(List.of("[", "  {"))).isFalse();
        assertThat(TwitterV1Reader.lineByLine(List.of("{", "  \"statuses\": ["))).isFalse();
        assertThat(TwitterV1Reader.lineByLine(List.of("{\"statuses\": [", "  {"))).isFalse();
    }
}
