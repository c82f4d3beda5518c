package org.metoodiffusion.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.metoodiffusion.ingest.format.ReaderFixtures.itemsOf;
import static org.metoodiffusion.ingest.format.ReaderFixtures.read;
import static org.metoodiffusion.ingest.format.ReaderFixtures.resource;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metoodiffusion.ingest.AccountItem;
import org.metoodiffusion.ingest.AccountRef;
import org.metoodiffusion.ingest.PostItem;
import org.metoodiffusion.ingest.RecordingSink;

class TwarcCsvReaderTests {

    private static final String HEADER = "id,author_id,created_at,text,entities.hashtags,entities.mentions\n";

    private final TwarcCsvReader reader = new TwarcCsvReader();

    private static Map<String, PostItem> posts(RecordingSink sink) {
        return itemsOf(sink, PostItem.class).stream().collect(Collectors.toMap(PostItem::id, Function.identity()));
    }

    @Test
    void readsTheFixtureRejectingMangledOwnIdsAndShortRows() throws IOException {
        var sink = read(reader, resource("twarc-csv/metoo.csv"));
        assertThat(sink.records).isEqualTo(5);
        assertThat(sink.rejects).hasSize(2);
        assertThat(sink.rejects.get(0)).startsWith("8:id: '9.197701034096483e+17' looks like an id mangled");
        assertThat(sink.rejects.get(1)).isEqualTo("10:the record has 11 fields where the header has 22");
        assertThat(posts(sink)).containsOnlyKeys("919659438700670976", "919662923444495027", "919669908692902579",
                "919732661663146675", "919839202210849459");
    }

    @Test
    void aQuotedTextKeepsItsNewlinesCommasAndQuotes() throws IOException {
        var root = posts(read(reader, resource("twarc-csv/metoo.csv"))).get("919659438700670976");
        assertThat(root.text()).startsWith("Me too.\n\nSuggested by a friend: \"If all the women")
                .endsWith("magnitude of the problem.\"");
        assertThat(root.author()).isEqualTo(new AccountRef("26642006", "Alyssa_Milano"));
        assertThat(root.createdAt()).isEqualTo(Instant.parse("2017-10-15T20:21:11Z"));
        assertThat(root.timeFromId()).isFalse();
        assertThat(root.conversationId()).isEqualTo("919659438700670976");
        assertThat(root.source()).isEqualTo("twarc-csv");
    }

    @Test
    void aReplyCarriesItsReferencesHashtagsMentionsAndAuthor() throws IOException {
        var sink = read(reader, resource("twarc-csv/metoo.csv"));
        var reply = posts(sink).get("919662923444495027");
        assertThat(reply.replyToId()).isEqualTo("919659438700670976");
        assertThat(reply.replyToAccount()).isEqualTo(AccountRef.ofId("26642006"));
        assertThat(reply.hashtags()).containsExactly("MeToo");
        assertThat(reply.mentions()).containsExactly(new AccountRef("26642006", "Alyssa_Milano"));
        assertThat(itemsOf(sink, AccountItem.class)).contains(new AccountItem(
                new AccountRef("2750317471", "survivor_voice"), "Jess R., she/her", 1204L, 877L,
                Instant.parse("2014-08-20T17:03:11Z"), false));
    }

    @Test
    void aRetweetsRtPrefixIsNotAMention() throws IOException {
        var retweet = posts(read(reader, resource("twarc-csv/metoo.csv"))).get("919669908692902579");
        assertThat(retweet.retweetedId()).isEqualTo("919662923444495027");
        assertThat(retweet.mentions()).containsExactly(new AccountRef("26642006", "Alyssa_Milano"));
    }

    @Test
    void aMangledReferencedIdIsFlaggedAndTheRowLoadsWithoutThatEdge() throws IOException {
        var sink = read(reader, resource("twarc-csv/metoo.csv"));
        var quote = posts(sink).get("919732661663146675");
        assertThat(quote.quotedId()).isNull();
        assertThat(quote.hashtags()).containsExactly("MeToo", "metoo");
        assertThat(sink.flags).singleElement().asString()
                .startsWith("7:referenced_tweets.quoted.id: '9.196594387006710e+17' looks like an id mangled")
                .endsWith("loaded without it");
    }

    @Test
    void aMissingCreatedAtIsTakenFromTheSnowflakeId() throws IOException {
        var post = posts(read(reader, resource("twarc-csv/metoo.csv"))).get("919839202210849459");
        assertThat(post.createdAt()).isEqualTo(Instant.parse("2017-10-16T08:15:30.250Z"));
        assertThat(post.timeFromId()).isTrue();
    }

    @Test
    void anUnparsableCreatedAtIsFlaggedAndReplacedByTheIdsTime() throws IOException {
        var sink = read(reader, ReaderFixtures.text(HEADER + "919659438700670976,26642006,15/10/2017,Me too.,,\n"));
        assertThat(itemsOf(sink, PostItem.class)).singleElement().extracting(PostItem::timeFromId).isEqualTo(true);
        assertThat(sink.flags).singleElement().asString().startsWith("2:created_at: '15/10/2017' is not an ISO-8601");
    }

    @Test
    void aRowWithInvalidUtf8IsRejected(@TempDir Path dir) throws IOException {
        var bytes = ReaderFixtures.withInvalidUtf8(HEADER + "919659438700670976,26642006,2017-10-15T20:21:11Z,Me too",
                ".,,\n919662923444495027,2750317471,2017-10-15T20:35:02Z,ok,,\n");
        var sink = read(reader, ReaderFixtures.file(dir, bytes));
        assertThat(sink.rejects).containsExactly("2:invalid UTF-8");
        assertThat(sink.records).isEqualTo(1);
    }

    @Test
    void anUnterminatedQuoteRejectsTheRestAsOneRecord() throws IOException {
        var sink = read(reader, ReaderFixtures.text(HEADER + "919659438700670976,26642006,,\"Me too,,\n1,2,,x,,\n"));
        assertThat(sink.rejects).singleElement().asString().startsWith("2:unterminated quote");
        assertThat(sink.records).isZero();
    }

    @Test
    void readsGzippedInput(@TempDir Path dir) throws IOException {
        var sink = read(reader, ReaderFixtures.gzipFile(dir, HEADER
                + "919659438700670976,26642006,2017-10-15T20:21:11.000Z,Me too.,[],[]\n"));
        assertThat(sink.records).isEqualTo(1);
        assertThat(sink.rejects).isEmpty();
    }

    @Test
    void anEmptyInputReadsNothing() throws IOException {
        var sink = read(reader, ReaderFixtures.text(""));
        assertThat(sink.records).isZero();
        assertThat(sink.rejects).isEmpty();
        assertThat(sink.items).isEmpty();
    }

    @Test
    void columnsAreFoundByNameInAnyOrderAndUnknownOnesIgnored() throws IOException {
        var sink = read(reader, ReaderFixtures.text("text,extra,created_at,author.username,id\n"
                + "#MeToo,whatever,2017-10-15T20:21:11Z,Alyssa_Milano,919659438700670976\n"));
        var post = itemsOf(sink, PostItem.class).get(0);
        assertThat(post.author()).isEqualTo(AccountRef.ofUsername("Alyssa_Milano"));
        assertThat(post.text()).isEqualTo("#MeToo");
    }

    @Test
    void brokenEntityJsonIsFlagged() throws IOException {
        var sink = read(reader, ReaderFixtures.text(HEADER + "919659438700670976,26642006,,x,[{\"tag\":,[]\n"));
        assertThat(sink.records).isEqualTo(1);
        assertThat(sink.flags).containsExactly("2:entities.hashtags: not a JSON array; loaded without it");
    }
}
