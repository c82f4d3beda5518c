package org.metoodiffusion.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metoodiffusion.ingest.ImportProgress;
import org.metoodiffusion.ingest.ImportService;
import org.metoodiffusion.support.EmptyGraphTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The synthetic campaign as files: deterministic by seed, twarc2 pages that parse and hold what was
 * asked for (and are marked synthetic), post times on the calibrated curve, the follow list in the
 * documented edge-list format, and an import that gives one post per tweet written.
 */
class CampaignGeneratorTests extends EmptyGraphTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ROOT_ID = "919659438700670976";
    private static final String MILANO = "26642006";
    private static final Instant ROOT_TIME = Instant.parse("2017-10-15T20:21:11Z");
    private static final long FIRST_SYNTHETIC_ACCOUNT = 9_000_000_000_000_000_000L;
    private static final long SNOWFLAKE_EPOCH_MS = 1288834974657L;

    @Autowired
    ImportService importer;

    @TempDir
    Path dir;

    @Test
    void theSameSeedGivesTheSameBytesEveryWay() throws IOException {
        var a = CampaignGenerator.generate(2345, 42, dir.resolve("a/c.jsonl"), dir.resolve("a/c.follows.txt"));
        var b = CampaignGenerator.generate(2345, 42, dir.resolve("b/c.jsonl"), dir.resolve("b/c.follows.txt"));
        assertThat(Files.mismatch(a.tweets(), b.tweets())).isEqualTo(-1);
        assertThat(Files.mismatch(a.follows(), b.follows())).isEqualTo(-1);
        assertThat(b.followEdges()).isEqualTo(a.followEdges());

        var streamed = new ByteArrayOutputStream();
        CampaignGenerator.generate(2345, 42, streamed);
        assertThat(streamed.toByteArray()).as("to a stream as to a file").isEqualTo(Files.readAllBytes(a.tweets()));

        var zipped = CampaignGenerator.generate(2345, 42, dir.resolve("z/c.jsonl.gz"), dir.resolve("z/c.follows.txt.gz"));
        assertThat(gunzip(zipped.tweets())).as(".gz holds the same").isEqualTo(Files.readAllBytes(a.tweets()));
        assertThat(gunzip(zipped.follows())).isEqualTo(Files.readAllBytes(a.follows()));
    }

    @Test
    void anotherSeedGivesAnotherCampaignOfTheSameSize() throws IOException {
        var a = CampaignGenerator.generate(2345, 42, dir.resolve("a/c.jsonl"), dir.resolve("a/c.follows.txt"));
        var b = CampaignGenerator.generate(2345, 43, dir.resolve("b/c.jsonl"), dir.resolve("b/c.follows.txt"));
        assertThat(Files.mismatch(a.tweets(), b.tweets())).isNotEqualTo(-1);
        assertThat(Files.mismatch(a.follows(), b.follows())).isNotEqualTo(-1);
        assertThat(dataTweets(pages(b.tweets()))).hasSize(2345);
    }

    @Test
    void pagesParseAndHoldTheRequestedPostsWithTheirReferencesAndAuthors() throws IOException {
        int posts = 2345;
        var generated = CampaignGenerator.generate(posts, 7, dir.resolve("c.jsonl"), null);
        assertThat(generated.posts()).isEqualTo(posts);
        assertThat(generated.follows()).isNull();
        assertThat(generated.followEdges()).isZero();
        var pages = pages(generated.tweets());
        assertThat(pages).as("100 tweets a page").hasSize((posts + 99) / 100);

        var ids = new HashSet<String>();
        Instant previous = Instant.MIN;
        for (int p = 0; p < pages.size(); p++) {
            var page = pages.get(p);
            var data = page.get("data");
            assertThat(data.size()).as("page %d", p).isEqualTo(p < pages.size() - 1 ? 100 : posts % 100);
            assertThat(page.at("/meta/result_count").asInt()).isEqualTo(data.size());
            assertThat(page.at("/meta/oldest_id").asText()).isEqualTo(data.get(0).get("id").asText());
            assertThat(page.at("/meta/newest_id").asText()).isEqualTo(data.get(data.size() - 1).get("id").asText());

            var users = byId(page.at("/includes/users"));
            var included = byId(page.at("/includes/tweets"));
            for (var tweet : data) {
                var id = tweet.get("id");
                assertThat(id.isTextual()).isTrue();
                assertThat(ids.add(id.asText())).as("unique id %s", id).isTrue();
                var at = Instant.parse(tweet.get("created_at").asText());
                assertThat(at).as("in time order").isAfterOrEqualTo(previous);
                previous = at;
                assertThat(snowflakeTime(id.asText())).as("the id encodes the time").isEqualTo(at);
                assertThat(worker(id.asText())).as("synthetic posts have worker id 1023").isEqualTo(1023);
                assertThat(users).as("author of %s included", id).containsKey(tweet.get("author_id").asText());
                checkEntities(tweet);

                var references = tweet.path("referenced_tweets");
                assertThat(references.size()).isLessThanOrEqualTo(1);
                if (references.isEmpty()) {
                    assertThat(tweet.get("text").asText()).startsWith("[synthetic] me too #MeToo");
                    continue;
                }
                var type = references.get(0).get("type").asText();
                var parent = included.get(references.get(0).get("id").asText());
                assertThat(parent).as("%s's parent in the page's includes", id).isNotNull();
                assertThat(users).containsKey(parent.get("author_id").asText());
                assertThat(parent.path("referenced_tweets").findValuesAsText("type"))
                        .as("a retweet is never referenced: the original is").doesNotContain("retweeted");
                switch (type) {
                    case "retweeted" -> assertThat(tweet.get("text").asText()).isEqualTo("RT @"
                            + users.get(parent.get("author_id").asText()).get("username").asText() + ": "
                            + parent.get("text").asText());
                    case "replied_to" -> {
                        assertThat(tweet.get("in_reply_to_user_id").asText()).isEqualTo(parent.get("author_id").asText());
                        assertThat(tweet.get("text").asText()).startsWith("[synthetic] me too");
                    }
                    case "quoted" -> assertThat(tweet.get("text").asText()).startsWith("[synthetic] me too");
                    default -> throw new AssertionError("unexpected reference type " + type);
                }
            }
            for (var user : page.at("/includes/users")) {
                var id = user.get("id").asText();
                if (!id.equals(MILANO)) {
                    long account = Long.parseLong(id) - FIRST_SYNTHETIC_ACCOUNT;
                    assertThat(account).as("synthetic account ids from 9e18 up").isBetween(0L,
                            (long) generated.accounts() - 1);
                    assertThat(user.get("username").asText()).isEqualTo("synth_" + account);
                }
            }
        }
        assertThat(ids).hasSize(posts);
    }

    /**
     * The calibration the generator documents: of 19 million posts in a year, about 200,000 by
     * 11 h after Milano's tweet, 300,000 in the first day, 1.7 million by 45 days. At 19,000 posts:
     * a thousandth of each, give or take the one post on the boundary.
     */
    @Test
    void postTimesFollowTheCalibratedCurve() throws IOException {
        var generated = CampaignGenerator.generate(19_000, 2017, dir.resolve("big.jsonl"), null);
        var times = new ArrayList<Instant>();
        for (var tweet : dataTweets(pages(generated.tweets()))) {
            times.add(Instant.parse(tweet.get("created_at").asText()));
        }
        assertThat(times).hasSize(19_000);
        var start = ROOT_TIME.plusSeconds(1);
        assertThat(times).allSatisfy(at -> assertThat(at).isAfterOrEqualTo(start)
                .isBeforeOrEqualTo(start.plus(Duration.ofDays(365))));
        for (var point : Map.of(Duration.ofHours(11), 200L, Duration.ofHours(24), 300L, Duration.ofDays(45), 1700L)
                .entrySet()) {
            var by = start.plus(point.getKey());
            assertThat(times.stream().filter(at -> !at.isAfter(by)).count()).as("posts by %s", point.getKey())
                    .isBetween(point.getValue() - 1, point.getValue() + 1);
        }
    }

    /** importer/formats/snap.md, {@code snap-follows}: {@code follower followee} per line, '#' comments. */
    @Test
    void theFollowGraphIsAnEdgeListOfTheCampaignsAccounts() throws IOException {
        var generated = CampaignGenerator.generate(3000, 5, dir.resolve("c.jsonl"), dir.resolve("c.follows.txt"));
        var lines = Files.readAllLines(generated.follows());
        assertThat(lines.get(0)).startsWith("#");
        var edges = lines.stream().filter(line -> !line.startsWith("#")).toList();
        assertThat(edges).hasSize((int) generated.followEdges());
        var follows = new HashSet<String>();
        for (var edge : edges) {
            assertThat(edge).matches("\\d{1,19} \\d{1,19}");
            var ends = edge.split(" ");
            assertThat(ends[0]).as("no one follows themselves").isNotEqualTo(ends[1]);
            for (var account : ends) {
                assertThat(account.equals(MILANO) || Long.parseLong(account) - FIRST_SYNTHETIC_ACCOUNT
                        < generated.accounts()).as(account).isTrue();
            }
            follows.add(edge);
        }

        // Most retweeters and quoters follow the author they amplified (80% by design), repliers less (40%).
        var amplified = new HashMap<String, int[]>();
        for (var page : pages(generated.tweets())) {
            var included = byId(page.at("/includes/tweets"));
            for (var tweet : page.get("data")) {
                var reference = tweet.path("referenced_tweets").path(0);
                if (reference.isMissingNode()) {
                    continue;
                }
                var author = tweet.get("author_id").asText();
                var parentAuthor = included.get(reference.get("id").asText()).get("author_id").asText();
                if (!author.equals(parentAuthor)) {
                    var kind = reference.get("type").asText().equals("replied_to") ? "reply" : "amplify";
                    var counts = amplified.computeIfAbsent(kind, k -> new int[2]);
                    counts[0]++;
                    counts[1] += follows.contains(author + " " + parentAuthor) ? 1 : 0;
                }
            }
        }
        double amplifiers = share(amplified.get("amplify"));
        double repliers = share(amplified.get("reply"));
        assertThat(amplifiers).isGreaterThan(0.75);
        assertThat(repliers).isGreaterThan(0.3).isLessThan(amplifiers);
    }

    @Test
    void aGeneratedCampaignImportsWithOnePostPerTweetWritten() throws IOException {
        var generated = CampaignGenerator.generate(1500, 11, dir.resolve("c.jsonl"), dir.resolve("c.follows.txt"));
        var written = new HashSet<String>();
        var references = new HashMap<String, Long>();
        for (var page : pages(generated.tweets())) {
            page.get("data").forEach(tweet -> {
                written.add(tweet.get("id").asText());
                tweet.path("referenced_tweets").forEach(r -> references.merge(r.get("type").asText(), 1L, Long::sum));
            });
            page.at("/includes/tweets").forEach(tweet -> written.add(tweet.get("id").asText()));
        }
        assertThat(written).as("the posts and Milano's root they reference").hasSize(1501).contains(ROOT_ID);
        var distinctFollows = Set.copyOf(Files.readAllLines(generated.follows()).stream()
                .filter(line -> !line.startsWith("#")).toList());

        var summary = importer.importAll(List.of(generated.tweets().toString(), generated.follows().toString()), null,
                500, dir.resolve("rejects.jsonl"), new ImportProgress.Silent());
        assertThat(summary.rejected()).isZero();

        assertThat(count("MATCH (p:Post) RETURN count(p) AS n")).isEqualTo(written.size());
        assertThat(count("MATCH (p:Post) WHERE p.id IN $ids RETURN count(p) AS n", written)).isEqualTo(written.size());
        assertThat(count("MATCH (:Account)-[:POSTED]->(p:Post) RETURN count(p) AS n")).isEqualTo(written.size());
        assertThat(count("MATCH ()-[r:REPLY_TO]->() RETURN count(r) AS n")).isEqualTo(references.get("replied_to"));
        assertThat(count("MATCH ()-[r:RETWEET_OF]->() RETURN count(r) AS n")).isEqualTo(references.get("retweeted"));
        assertThat(count("MATCH ()-[r:QUOTES]->() RETURN count(r) AS n")).isEqualTo(references.get("quoted"));
        assertThat(count("MATCH ()-[r:FOLLOWS]->() RETURN count(r) AS n")).as("duplicate lines merged")
                .isEqualTo(distinctFollows.size());
    }

    @Test
    void aCampaignHasAtLeastOnePost() {
        assertThatThrownBy(() -> CampaignGenerator.generate(0, 1, dir.resolve("none.jsonl"), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Hashtag and mention offsets point at {@code #tag} and {@code @username} in the text. */
    private static void checkEntities(JsonNode tweet) {
        var text = tweet.get("text").asText();
        tweet.at("/entities/hashtags").forEach(h -> assertThat(text.substring(h.get("start").asInt(), h.get("end").asInt()))
                .isEqualTo("#" + h.get("tag").asText()));
        tweet.at("/entities/mentions").forEach(m -> assertThat(text.substring(m.get("start").asInt(), m.get("end").asInt()))
                .isEqualTo("@" + m.get("username").asText()));
    }

    private static List<JsonNode> pages(Path file) throws IOException {
        try (var lines = Files.lines(file)) {
            return lines.map(line -> {
                try {
                    return JSON.readTree(line);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        }
    }

    private static List<JsonNode> dataTweets(List<JsonNode> pages) {
        var tweets = new ArrayList<JsonNode>();
        pages.forEach(page -> page.get("data").forEach(tweets::add));
        return tweets;
    }

    private static Map<String, JsonNode> byId(JsonNode array) {
        var map = new HashMap<String, JsonNode>();
        array.forEach(node -> map.put(node.get("id").asText(), node));
        return map;
    }

    private static Instant snowflakeTime(String id) {
        return Instant.ofEpochMilli((Long.parseLong(id) >> 22) + SNOWFLAKE_EPOCH_MS);
    }

    private static long worker(String id) {
        return (Long.parseLong(id) >> 12) & 0x3FF;
    }

    private static double share(int[] counts) {
        return (double) counts[1] / counts[0];
    }

    private static byte[] gunzip(Path file) throws IOException {
        try (var in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }

    private long count(String cypher) {
        return driver.executableQuery(cypher).execute().records().get(0).get("n").asLong();
    }

    private long count(String cypher, Set<String> ids) {
        return driver.executableQuery(cypher).withParameters(Map.of("ids", List.copyOf(ids))).execute().records()
                .get(0).get("n").asLong();
    }
}
