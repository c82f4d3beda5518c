package org.metoodiffusion.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Each fixture is claimed by its own reader and by no other of these readers. */
class SniffTests {

    private static final List<FormatReader> READERS = List.of(new TwarcCsvReader(), new TweetIdsReader(),
            new SnapEdgeListReader(), new SnapFollowsReader(), new CsvTrioReader(), new Json2CsvReader());

    private static List<String> claimants(List<String> head) {
        return READERS.stream().filter(reader -> reader.sniff(head)).map(FormatReader::name).toList();
    }

    @ParameterizedTest
    @CsvSource({
            "twarc-csv/metoo.csv, twarc-csv",
            "tweet-ids/ids.txt, tweet-ids",
            "tweet-ids/reply-pairs.tsv, tweet-ids",
            "tweet-ids/reply-pairs.csv, tweet-ids",
            "snap/activity.txt, snap",
            "snap/follows.txt, snap-follows",
            "csv/accounts.csv, csv",
            "csv/posts.csv, csv",
            "csv/edges.csv, csv",
            "json2csv/metoo.tsv, twarc-json2csv",
            "json2csv/pandas-index.csv, twarc-json2csv",
            "json2csv/no-user-id.csv, twarc-json2csv",
            "json2csv/float-ids.csv, twarc-json2csv"})
    void eachFixtureIsClaimedByItsOwnReaderOnly(String fixture, String format) throws IOException {
        try (var input = ReaderFixtures.resource(fixture)) {
            assertThat(claimants(input.head())).containsExactly(format);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "id,text,author_id,created_at",
            "id,author_id,referenced_tweets.replied_to.id",
            "\uFEFF\"id\",\"author_id\",\"created_at\""})
    void twarcCsvHeadersAreNotTakenForTheTrio(String header) {
        assertThat(claimants(List.of(header))).containsExactly("twarc-csv");
    }

    @Test
    void trioHeadersAreNotTakenForTwarcCsv() {
        assertThat(claimants(List.of("post_id,author_id,author_username,created_at,text"))).containsExactly("csv");
        assertThat(claimants(List.of("account_id,username,name"))).containsExactly("csv");
        assertThat(claimants(List.of("source,target,type,time"))).containsExactly("csv");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "id,tweet_url,created_at,parsed_created_at,user_screen_name,text,tweet_type",
            "coordinates,created_at,hashtags,media,urls,favorite_count,id,in_reply_to_status_id,reweet_id,user_screen_name",
            ",id,user_screen_name,retweet_or_quote_id",
            "Unnamed: 0\tid\tuser_screen_name\ttweet_type",
            "\uFEFF\"id\",\"user_screen_name\",\"text\",\"tweet_url\""})
    void json2csvHeadersAreTakenForNoOtherFormat(String header) {
        assertThat(claimants(List.of(header))).containsExactly("twarc-json2csv");
    }

    @Test
    void idOnlyHeadersAndShapes() {
        assertThat(claimants(List.of("tweet_id"))).containsExactly("tweet-ids");
        assertThat(claimants(List.of("id", "919659438700670976"))).containsExactly("tweet-ids");
        assertThat(claimants(List.of("919662923444495027 919659438700670976"))).containsExactly("tweet-ids");
        assertThat(claimants(List.of("919669908692902579,"))).containsExactly("tweet-ids");
        assertThat(claimants(List.of("1 2", "3 4"))).containsExactly("snap-follows");
        assertThat(claimants(List.of("1 2 1341100972 RT"))).containsExactly("snap");
        assertThat(claimants(List.of("919669908692902579\t5"))).containsExactly("snap-follows");
        assertThat(claimants(List.of("919669908692902579\t9.196594387006710e+17"))).containsExactly("tweet-ids");
    }

    @Test
    void nothingClaimsAnEmptyHeadOrOtherFormats() {
        assertThat(claimants(List.of())).isEmpty();
        assertThat(claimants(List.of("{\"data\":[{\"id\":\"919659438700670976\"}]}"))).isEmpty();
        assertThat(claimants(List.of("name,age", "x,1"))).isEmpty();
        assertThat(claimants(List.of("1 2 3 LIKE"))).isEmpty();
    }
}
