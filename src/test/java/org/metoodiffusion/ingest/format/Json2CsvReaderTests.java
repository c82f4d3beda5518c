package org.metoodiffusion.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.metoodiffusion.ingest.format.ReaderFixtures.itemsOf;
import static org.metoodiffusion.ingest.format.ReaderFixtures.read;
import static org.metoodiffusion.ingest.format.ReaderFixtures.resource;

import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.metoodiffusion.ingest.AccountItem;
import org.metoodiffusion.ingest.AccountRef;
import org.metoodiffusion.ingest.ImportInput;
import org.metoodiffusion.ingest.PostItem;
import org.metoodiffusion.ingest.RecordingSink;

class Json2CsvReaderTests {

    private static final String SAMPLE = "importer/samples/twarc-json2csv-sample.csv";
    private static final String MILANO = "919659438700670976";
    private static final AccountRef ALYSSA = new AccountRef("26642006", "Alyssa_Milano");
    private static final String REPLY = "919662923444495027";
    private static final String QUOTE = "919732661663059969";
    private static final String MANGLED = "looks like an id mangled into a floating-point number";
    private static final String HEADER = "id,parsed_created_at,created_at,user_screen_name,user_id,text,tweet_type,"
            + "in_reply_to_status_id,retweet_or_quote_id\n";

    private final Json2CsvReader reader = new Json2CsvReader();

    private RecordingSink sample() throws IOException {
        return read(reader, ImportInput.open(SAMPLE));
    }

    private static Map<String, PostItem> posts(RecordingSink sink) {
        var posts = new LinkedHashMap<String, PostItem>();
        itemsOf(sink, PostItem.class).forEach(post -> posts.put(post.id(), post));
        return posts;
    }

    @Test
    void milanosTweetIsACollectedOriginalWithItsAuthor() throws IOException {
        var sink = sample();
        assertThat(sink.records).isEqualTo(15);
        assertThat(sink.rejects).isEmpty();
        assertThat(sink.flags).isEmpty();
        var root = posts(sink).get(MILANO);
        assertThat(root.author()).isEqualTo(ALYSSA);
        assertThat(root.createdAt()).isEqualTo(Instant.parse("2017-10-15T20:21:11Z"));
        assertThat(root.timeFromId()).isFalse();
        assertThat(root.collected()).isTrue();
        assertThat(root.editOf()).isNull();
        assertThat(root.source()).isEqualTo("twarc-json2csv");
        assertThat(root.hashtags()).isEmpty();
        assertThat(root.replyToId()).isNull();
        assertThat(itemsOf(sink, AccountItem.class)).contains(new AccountItem(ALYSSA, "Alyssa Milano", 3512245L, 2612L,
                Instant.parse("2009-03-22T20:25:36Z"), true));
    }

    @Test
    void aReplyCarriesTheTweetAndAccountItAnswersHashtagsAndMentionsFromItsText() throws IOException {
        var reply = posts(sample()).get(REPLY);
        assertThat(reply.replyToId()).isEqualTo(MILANO);
        assertThat(reply.replyToAccount()).isEqualTo(ALYSSA);
        assertThat(reply.hashtags()).containsExactly("MeToo");
        assertThat(reply.mentions()).containsExactly(AccountRef.ofUsername("Alyssa_Milano"));
        assertThat(reply.quotedId()).isNull();
        assertThat(reply.retweetedId()).isNull();
    }

    @Test
    void aRetweetKeepsItsOwnHashtagsAndMentionsWithoutTheLeadingRtMention() throws IOException {
        var sink = sample();
        var retweet = posts(sink).get("919669877193580545");
        assertThat(retweet.retweetedId()).isEqualTo(REPLY);
        assertThat(retweet.quotedId()).isNull();
        assertThat(retweet.hashtags()).containsExactly("MeToo");
        assertThat(retweet.mentions()).containsExactly(AccountRef.ofUsername("Alyssa_Milano"));
        assertThat(sink.items).contains(AccountItem.of(new AccountRef("2750317471", "survivor_voice")));
        assertThat(posts(sink).get("919671744833269762").mentions()).isEmpty();
    }

    @Test
    void quotesAndRepliesThatQuoteAreToldApartByTweetType() throws IOException {
        var posts = posts(sample());
        var quote = posts.get(QUOTE);
        assertThat(quote.quotedId()).isEqualTo(MILANO);
        assertThat(quote.retweetedId()).isNull();
        assertThat(quote.mentions()).containsExactly(AccountRef.ofUsername("TaranaBurke"));
        var replyThatQuotes = posts.get("919786161856086017");
        assertThat(replyThatQuotes.replyToId()).isEqualTo(MILANO);
        assertThat(replyThatQuotes.quotedId()).isEqualTo("919752253240270849");
        assertThat(replyThatQuotes.retweetedId()).isNull();
    }

    @Test
    void handlesFollowTwittersRule() throws IOException {
        var posts = posts(sample());
        var spanish = posts.get("919850404152385537");
        assertThat(spanish.mentions()).as("an e-mail address is no mention").isEmpty();
        assertThat(spanish.hashtags()).containsExactly("YoTambién", "MeToo");
        assertThat(spanish.lang()).isEqualTo("es");
        assertThat(posts.get("919870532613091329").mentions())
                .containsExactly(AccountRef.ofUsername("survivor_voice"), AccountRef.ofUsername("Alyssa_Milano"));
        assertThat(TextMentions.of("RT @x: hi @X, @Y and @y; a@b.org, @abcdefghijklmnopq, ＠wide_at"))
                .containsExactly(AccountRef.ofUsername("X"), AccountRef.ofUsername("Y"), AccountRef.ofUsername("wide_at"));
    }

    @Test
    void aMultiLineTextKeepsItsLineBreaks() throws IOException {
        var post = posts(sample()).get("919752253240270849");
        assertThat(post.text()).isEqualTo(
                "Not ready to say more.\n\nBut #MeToo. And #WhyIDidntReport is a question for another day.");
        assertThat(post.hashtags()).containsExactly("MeToo", "WhyIDidntReport");
    }

    @Test
    void theTabSeparatedFileGivesTheSameItems() throws IOException {
        var tsv = read(reader, resource("json2csv/metoo.tsv"));
        assertThat(tsv.rejects).isEmpty();
        assertThat(tsv.flags).isEmpty();
        assertThat(tsv.items).isEqualTo(sample().items);
    }

    @Test
    void anIndexColumnReorderedColumnsAndDotOneCopiesGiveTheSameItems() throws IOException {
        var pandas = read(reader, resource("json2csv/pandas-index.csv"));
        assertThat(pandas.rejects).isEmpty();
        assertThat(pandas.flags).isEmpty();
        assertThat(pandas.items).as("lang read from its lang.1 copy").isEqualTo(sample().items);
    }

    @Test
    void withoutUserIdAuthorsAreKeyedByHandle() throws IOException {
        var sink = read(reader, resource("json2csv/no-user-id.csv"));
        assertThat(sink.records).isEqualTo(15);
        assertThat(sink.rejects).isEmpty();
        assertThat(sink.flags).isEmpty();
        var root = posts(sink).get(MILANO);
        assertThat(root.author()).isEqualTo(AccountRef.ofUsername("Alyssa_Milano"));
        assertThat(root.author().key()).isEqualTo("@alyssa_milano");
        assertThat(posts(sink).get(REPLY).replyToAccount()).as("other id columns still give ids").isEqualTo(ALYSSA);
        assertThat(itemsOf(sink, AccountItem.class)).contains(new AccountItem(AccountRef.ofUsername("Alyssa_Milano"),
                "Alyssa Milano", 3512245L, 2612L, Instant.parse("2009-03-22T20:25:36Z"), true));
    }

    @Test
    void floatMangledIdsRejectTheirRowOrAreFlaggedByColumnAndNeverLinked() throws IOException {
        var sink = read(reader, resource("json2csv/float-ids.csv"));
        assertThat(sink.rejects).singleElement().asString().startsWith("13:id: '9.19793780624757e+17' " + MANGLED);
        assertThat(sink.records).isEqualTo(14);
        assertThat(sink.flags).hasSize(37).allSatisfy(flag -> assertThat(flag)
                .matches("\\d+:(user_id|in_reply_to_status_id|in_reply_to_user_id|retweet_or_quote_id"
                        + "|retweet_or_quote_user_id): '[0-9.e+]+' " + MANGLED + ".*; loaded without it"));
        assertThat(sink.flags).anySatisfy(flag -> assertThat(flag).startsWith("3:in_reply_to_status_id: "
                + "'9.19659438700671e+17' " + MANGLED));
        assertThat(sink.flags).anySatisfy(flag -> assertThat(flag).startsWith("3:user_id: '2750317471.0' " + MANGLED));
        assertThat(sink.flags).anySatisfy(flag -> assertThat(flag).startsWith("5:retweet_or_quote_id: "
                + "'9.19662923444495e+17' " + MANGLED));
        assertThat(sink.flags).noneMatch(flag -> flag.startsWith("16:user_id"));
        assertThat(posts(sink).values()).allSatisfy(post -> {
            assertThat(post.replyToId()).isNull();
            assertThat(post.quotedId()).isNull();
            assertThat(post.retweetedId()).isNull();
            assertThat(post.author().id()).isNull();
        });
        var reply = posts(sink).get(REPLY);
        assertThat(reply.author()).isEqualTo(AccountRef.ofUsername("survivor_voice"));
        assertThat(reply.replyToAccount()).isEqualTo(AccountRef.ofUsername("Alyssa_Milano"));
        assertThat(reply.hashtags()).containsExactly("MeToo");
    }

    @Test
    void timesComeFromParsedCreatedAtThenCreatedAtThenTheId() throws IOException {
        var sink = read(reader, ReaderFixtures.text(HEADER
                + "919662923444495027,yesterday,Sun Oct 15 20:35:02 +0000 2017,survivor_voice,2750317471,me too,,,\n"
                + "919664455971770373,,15/10/2017,first_light_k,771203344,me too,,,\n"
                + "919671744833269762,2017-10-15T21:10:05Z,,quiet_reader22,3120098765,me too,,,\n"));
        var posts = posts(sink);
        assertThat(posts.get(REPLY).createdAt()).isEqualTo(Instant.parse("2017-10-15T20:35:02Z"));
        assertThat(posts.get("919664455971770373").timeFromId()).isTrue();
        assertThat(posts.get("919664455971770373").createdAt()).isEqualTo(Instant.parse("2017-10-15T20:41:07.500Z"));
        assertThat(posts.get("919671744833269762").createdAt()).isEqualTo(Instant.parse("2017-10-15T21:10:05Z"));
        assertThat(sink.flags).containsExactly(
                "2:parsed_created_at: 'yesterday' is not a time such as 2017-10-15 20:21:11+00:00; loaded without it",
                "3:created_at: '15/10/2017' is not a time such as Sun Oct 15 20:21:11 +0000 2017; loaded without it");
    }

    @Test
    void badRowsAreRejectedAtTheirLineAndTheNextOnesLoad() throws IOException {
        var sink = read(reader, ReaderFixtures.text(HEADER
                + "919662923444495027,,,survivor_voice,2750317471,\"two\nlines\",,,\n"
                + "919664455971770373,,,first_light_k\n"
                + ",,,nobody,1,no id,,,\n"
                + "919671744833269762,,,quiet_reader22,3120098765,\"never closed,,,\n"));
        assertThat(sink.records).isEqualTo(1);
        assertThat(sink.rejects).containsExactly("4:the record has 4 fields where the header has 9",
                "5:the tweet has no id", "6:unterminated quote: the quoted field opened on this record runs to the end "
                        + "of the input");
    }

    @Test
    void olderFilesRetweetIdColumnHoldsRetweetsAndAMissingTypeIsInferred() throws IOException {
        var old = read(reader, ReaderFixtures.text("coordinates,created_at,hashtags,id,in_reply_to_status_id,reweet_id,"
                + "retweet_screen_name,text,user_screen_name\n"
                + ",Sun Oct 15 21:10:05 +0000 2017,,919671744833269762,,919659438700670976,Alyssa_Milano,"
                + "\"RT @Alyssa_Milano: If you...\",quiet_reader22\n"));
        assertThat(posts(old).get("919671744833269762").retweetedId()).isEqualTo(MILANO);
        assertThat(old.items).contains(AccountItem.of(AccountRef.ofUsername("Alyssa_Milano")));
        var untyped = read(reader, ReaderFixtures.text(HEADER
                + "919732661663059969,,,newsdesk_j,14511951,#MeToo indeed,,,919659438700670976\n"
                + "919671744833269762,,,quiet_reader22,3120098765,RT @Alyssa_Milano: If,odd,,919659438700670976\n"));
        assertThat(posts(untyped).get(QUOTE).quotedId()).isEqualTo(MILANO);
        assertThat(posts(untyped).get("919671744833269762").retweetedId()).isEqualTo(MILANO);
        assertThat(untyped.flags).singleElement().asString().startsWith("3:tweet_type: 'odd' is not original");
    }

    @Test
    void anInputWithoutAnIdColumnIsOneReject() throws IOException {
        var sink = read(reader, ReaderFixtures.text("tweet_url,user_screen_name\nx,y\n"));
        assertThat(sink.rejects).singleElement().asString().startsWith("1:not a json2csv header");
        assertThat(sink.records).isZero();
    }
}
