package org.metoodiffusion.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metoodiffusion.generate.CampaignGenerator;
import org.metoodiffusion.seed.SeedStoryLoader;
import org.metoodiffusion.stats.GraphStatsService;
import org.metoodiffusion.support.EmptyGraphTest;
import org.metoodiffusion.support.RejectLines;
import org.springframework.beans.factory.annotation.Autowired;

/** The importer end to end, into a real embedded database. */
class ImportTests extends EmptyGraphTest {

    @Autowired
    ImportService importer;

    @Autowired
    GraphStatsService stats;

    @Autowired
    SeedStoryLoader seed;

    @TempDir
    Path dir;

    @Test
    void importingTheSameFilesTwiceChangesNothing() throws IOException {
        var generated = CampaignGenerator.generate(1500, 7, dir.resolve("c.jsonl"), dir.resolve("c.follows.txt"));
        var first = importFiles(generated.tweets().toString(), generated.follows().toString());
        var afterFirst = stats.stats();
        assertThat(first.rejected()).isZero();
        assertThat(afterFirst.nodes().get("Post")).isGreaterThan(1500);
        assertThat(afterFirst.relationships()).containsKeys("POSTED", "REPLY_TO", "RETWEET_OF", "QUOTES", "TAGS",
                "FOLLOWS");
        var second = importFiles(generated.tweets().toString(), generated.follows().toString());
        assertThat(stats.stats()).isEqualTo(afterFirst);
        assertThat(second.writes().nodesCreated()).isZero();
        assertThat(second.writes().relationshipsCreated()).isZero();
    }

    @Test
    void overlappingFilesGiveTheGraphOfOneImport() throws IOException {
        var generated = CampaignGenerator.generate(1200, 11, dir.resolve("c.jsonl"), null);
        var lines = Files.readAllLines(generated.tweets());
        int cut = lines.size() * 6 / 10;
        Files.write(dir.resolve("early.jsonl"), lines.subList(0, cut));
        Files.write(dir.resolve("late.jsonl"), lines.subList(lines.size() - cut, lines.size()));
        importFiles(generated.tweets().toString());
        var whole = stats.stats();
        emptyGraph();
        importFiles(dir.resolve("late.jsonl").toString(), dir.resolve("early.jsonl").toString());
        assertThat(stats.stats()).isEqualTo(whole);
    }

    @Test
    void theSameTweetsAsV1AndAsV2GiveOneGraph() {
        var v1 = "importer/samples/twitter-v1-sample.jsonl";
        var v2 = "importer/samples/twarc2-sample.jsonl";
        assertThat(importFiles(v1).rejected()).isZero();
        var fromV1 = stats.stats();
        assertThat(fromV1.nodes().get("Post")).isPositive();
        importFiles(v2);
        assertThat(stats.stats()).as("v2 on top of v1").isEqualTo(fromV1);
        emptyGraph();
        importFiles(v2);
        assertThat(stats.stats()).as("v2 alone").isEqualTo(fromV1);
    }

    @Test
    void anOverlongLineIsRejectedWithoutStoppingTheFile() throws IOException {
        var good = page(tweet("919700000000000020", "41", "2017-10-16T01:00:00Z", "me too", null, null),
                user("41", "after_the_long_line"));
        var huge = "{\"data\":[\"" + "x".repeat(10 * 1024 * 1024) + "\"]}";
        write("long.jsonl", huge, good);
        var summary = importFiles(dir.resolve("long.jsonl").toString());
        assertThat(summary.records()).isEqualTo(1);
        assertThat(summary.rejected()).isEqualTo(1);
        var reject = rejects().get(0);
        assertThat(reject.get("reason").asText()).contains("bytes long");
        assertThat(reject.get("raw").asText().length()).isLessThan(1000);
    }

    @Test
    void aPlaceholderIsCompletedWhenItsPostArrives() throws IOException {
        write("reply.jsonl", page(tweet("919700000000000001", "11", "2017-10-15T23:00:00Z", "me too",
                "replied_to", "919690000000000001"), user("11", "first_replier")));
        importFiles(dir.resolve("reply.jsonl").toString());
        assertThat(value("MATCH (p:Post {id: '919690000000000001'}) RETURN p.observed AS v")).isEqualTo(false);
        assertThat(value("MATCH (p:Post {id: '919690000000000001'}) RETURN p.timeFromId AS v")).isEqualTo(true);

        write("original.jsonl", page(tweet("919690000000000001", "12", "2017-10-15T22:20:00Z", "#MeToo", null, null),
                user("12", "original_author")));
        importFiles(dir.resolve("original.jsonl").toString());
        assertThat(value("MATCH (p:Post {id: '919690000000000001'}) RETURN p.observed AS v")).isEqualTo(true);
        assertThat(value("MATCH (p:Post {id: '919690000000000001'}) RETURN toString(p.createdAt) AS v"))
                .isEqualTo("2017-10-15T22:20:00Z");
        assertThat(value("MATCH (p:Post) RETURN count(p) AS v")).isEqualTo(2L);
        assertThat(value("MATCH (:Account {id: '12'})-[:POSTED]->(p)<-[:REPLY_TO]-() RETURN count(p) AS v"))
                .isEqualTo(1L);
    }

    @Test
    void anAccountKnownByHandleIsMergedWhenItsIdAppears() throws IOException {
        var mention = tweet("919700000000000002", "21", "2017-10-16T01:00:00Z", "me too @SomeOne", null, null)
                .replace("\"entities\":{}", "\"entities\":{\"mentions\":[{\"start\":10,\"end\":18,\"username\":\"SomeOne\"}]}");
        write("mention.jsonl", page(mention, user("21", "mentioner")));
        importFiles(dir.resolve("mention.jsonl").toString());
        assertThat(value("MATCH (a:Account {id: '@someone'}) RETURN a.provisional AS v")).isEqualTo(true);

        write("author.jsonl", page(tweet("919700000000000003", "22", "2017-10-16T02:00:00Z", "me too", null, null),
                user("22", "someone")));
        importFiles(dir.resolve("author.jsonl").toString());
        assertThat(value("MATCH (a:Account {id: '@someone'}) RETURN count(a) AS v")).isEqualTo(0L);
        assertThat(value("MATCH (:Post)-[:MENTIONS]->(a:Account {id: '22'}) RETURN a.username AS v"))
                .isEqualTo("someone");
        assertThat(value("MATCH (a:Account {id: '22'}) RETURN a.provisional AS v")).isEqualTo(false);
    }

    @Test
    void aHandleWhoseIdIsKnownNeverBecomesAProvisionalAccount() throws IOException {
        var byAuthor = tweet("919700000000000004", "1234567", "2017-10-16T03:00:00Z", "me too", null, null);
        var mention = tweet("919700000000000005", "23", "2017-10-16T03:05:00Z", "@Survivor_X me too", null, null)
                .replace("\"entities\":{}", "\"entities\":{\"mentions\":[{\"start\":0,\"end\":11,\"username\":\"Survivor_X\"}]}");
        write("same-batch.jsonl", "{\"data\":[" + byAuthor + "," + mention + "],\"includes\":{\"users\":["
                + user("1234567", "survivor_x") + "," + user("23", "friend") + "]}}");
        importFiles(dir.resolve("same-batch.jsonl").toString());
        var once = stats.stats();
        importFiles(dir.resolve("same-batch.jsonl").toString());
        assertThat(stats.stats()).isEqualTo(once);

        var later = tweet("919700000000000006", "24", "2017-10-17T03:05:00Z", "@survivor_x thank you", null, null)
                .replace("\"entities\":{}", "\"entities\":{\"mentions\":[{\"start\":0,\"end\":11,\"username\":\"survivor_x\"}]}");
        write("later.jsonl", page(later, user("24", "another")));
        importFiles(dir.resolve("later.jsonl").toString());
        assertThat(value("MATCH (a:Account) WHERE a.id STARTS WITH '@' RETURN count(a) AS v")).isEqualTo(0L);
        assertThat(value("MATCH (:Post)-[:MENTIONS]->(a:Account {id: '1234567'}) RETURN count(*) AS v")).isEqualTo(2L);
        assertThat(value("MATCH (:Account {id: '1234567'})-[:POSTED]->(p) RETURN count(p) AS v")).isEqualTo(1L);
    }

    @Test
    void badRecordsAreReportedAndTheGoodOnesAroundThemLoad() throws IOException {
        var good1 = page(tweet("919700000000000010", "31", "2017-10-16T01:00:00Z", "me too", null, null),
                user("31", "good_one"));
        var good2 = page(tweet("919700000000000011", "32", "2017-10-16T01:05:00Z", "me too", null, null),
                user("32", "good_two"));
        var out = new ByteArrayOutputStream();
        out.write((good1 + "\n{\"data\": [ broken\n{\"errors\":[{\"title\":\"Not Found Error\"}]}\n")
                .getBytes(StandardCharsets.UTF_8));
        out.write(new byte[] {'{', '"', 'x', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'});
        out.write((good2 + "\n").getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("mixed.jsonl"), out.toByteArray());

        var summary = importFiles(dir.resolve("mixed.jsonl").toString());
        assertThat(summary.records()).isEqualTo(2);
        assertThat(summary.rejected()).isEqualTo(3);
        assertThat(value("MATCH (p:Post) RETURN count(p) AS v")).isEqualTo(2L);
        var rejects = rejects();
        assertThat(rejects).extracting(r -> r.get("line").asLong()).containsExactly(2L, 3L, 4L);
        assertThat(rejects).allSatisfy(r -> {
            assertThat(r.get("file").asText()).endsWith("mixed.jsonl");
            assertThat(r.get("kind").asText()).isEqualTo("rejected");
            assertThat(r.get("reason").asText()).isNotBlank().doesNotContain("Exception:");
        });
        assertThat(rejects.get(2).get("reason").asText()).contains("UTF-8");
    }

    @Test
    void aTruncatedGzipKeepsWhatCameBeforeAndSaysWhere() throws IOException {
        var generated = CampaignGenerator.generate(600, 3, dir.resolve("c.jsonl"), null);
        var zipped = new ByteArrayOutputStream();
        try (var gzip = new GZIPOutputStream(zipped)) {
            gzip.write(Files.readAllBytes(generated.tweets()));
        }
        var bytes = zipped.toByteArray();
        Files.write(dir.resolve("cut.jsonl.gz"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        var summary = importFiles(dir.resolve("cut.jsonl.gz").toString());
        assertThat(summary.records()).isPositive().isLessThan(600);
        assertThat(summary.rejected()).isGreaterThanOrEqualTo(1);
        assertThat(rejects()).last().satisfies(r -> assertThat(r.get("reason").asText()).contains("truncated"));
    }

    @Test
    void anEmptyFileIsReportedNotAnError() throws IOException {
        Files.write(dir.resolve("empty.jsonl"), new byte[0]);
        var summary = importFiles(dir.resolve("empty.jsonl").toString());
        assertThat(summary.records()).isZero();
        assertThat(summary.rejected()).isEqualTo(1);
        assertThat(rejects().get(0).get("reason").asText()).contains("empty");
    }

    @Test
    void creditMentionsLinkToBurkesOrigin() throws IOException {
        seed.load();
        var generated = CampaignGenerator.generate(3000, 5, dir.resolve("c.jsonl"), null);
        importFiles(generated.tweets().toString());
        var credits = (Long) value("""
                MATCH (p:Post)-[:MENTIONS]->(:Account {id: '@taranaburke'})<-[:HAS_ACCOUNT]-(o:Origin {id: 'burke-2006'})
                MATCH (p)-[:CREDITS {via: 'mention'}]->(o)
                RETURN count(DISTINCT p) AS v""");
        assertThat(credits).isPositive();
        assertThat(value("MATCH (a:Account) WHERE a.username = 'TaranaBurke' RETURN count(a) AS v")).isEqualTo(1L);
    }

    private ImportSummary importFiles(String... files) {
        return importer.importAll(List.of(files), null, 100, dir.resolve("rejects.jsonl"), new ImportProgress.Silent());
    }

    private List<JsonNode> rejects() throws IOException {
        return RejectLines.read(dir.resolve("rejects.jsonl"));
    }

    private Object value(String cypher) {
        return driver.executableQuery(cypher).execute().records().get(0).get("v").asObject();
    }

    private void write(String name, String... lines) throws IOException {
        Files.write(dir.resolve(name), List.of(lines));
    }

    static String page(String tweet, String user) {
        return "{\"data\":[" + tweet + "],\"includes\":{\"users\":[" + user + "]},\"meta\":{\"result_count\":1}}";
    }

    static String tweet(String id, String author, String createdAt, String text, String referenceType,
            String referenceId) {
        var reference = referenceType == null ? ""
                : ",\"referenced_tweets\":[{\"type\":\"" + referenceType + "\",\"id\":\"" + referenceId + "\"}]";
        return "{\"id\":\"" + id + "\",\"author_id\":\"" + author + "\",\"created_at\":\"" + createdAt
                + "\",\"text\":\"" + text + "\",\"lang\":\"en\"" + reference + ",\"entities\":{}}";
    }

    static String user(String id, String username) {
        return "{\"id\":\"" + id + "\",\"username\":\"" + username + "\",\"name\":\"" + username + "\"}";
    }
}
