package org.metoodiffusion.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metoodiffusion.ingest.ImportProgress;
import org.metoodiffusion.ingest.ImportService;
import org.metoodiffusion.support.EmptyGraphTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The key test: a hand-written twarc2 file ({@code src/test/resources/network/twarc2-network.jsonl},
 * two raw API pages) imported by the real importer gives, under scope collected, the network
 * twarc-network would build from the same file. The expected network is computed here from the
 * JSON alone, by twarc-network's rule: for each tweet of a page's {@code data}, author ->
 * author ({@code author_id}, from {@code includes.tweets}) of each referenced tweet found there;
 * author -> each {@code entities.mentions} id, minus a retweet's leading mention (start 3).
 * The file holds retweets (one truncated, so its own mentions differ from the original's), replies,
 * a self-reply, quotes, mentions, a reply to a deleted tweet, and a referenced tweet that replies
 * to another (its edges must not count).
 *
 * <p>Both tests depend on importer behaviour that lands with the main branch: posts marked
 * {@code collected}, and a retweet keeping its own mentions (not the original's). See the report
 * in each assertion's description.
 */
class TwarcNetworkTests extends EmptyGraphTest {

    private static final Path FILE = Path.of("src/test/resources/network/twarc2-network.jsonl");

    @Autowired
    ImportService importer;

    @Autowired
    NetworkExport export;

    @TempDir
    Path dir;

    private Expected expected;

    @BeforeEach
    void importTheFile() throws IOException {
        expected = Expected.of(FILE);
        var summary = importer.importAll(List.of(FILE.toString()), null, 100, dir.resolve("rejects.jsonl"),
                new ImportProgress.Silent());
        assertThat(summary.rejected()).isZero();
    }

    /** The expectation itself follows the rule on the file's telling cases (independent of the importer). */
    @Test
    void theExpectedNetworkFollowsTwarcNetworksRule() {
        assertThat(expected.edges())
                .as("retweets: retweeter -> original author; the leading RT mention dropped")
                .containsEntry("102>101:retweet", 1L).containsEntry("106>101:retweet", 1L)
                .doesNotContainKey("102>101:mention")
                .as("a retweet's own mentions count, even of its author (bob mentioned in the retweeted text)")
                .containsEntry("102>102:mention", 1L).containsEntry("106>103:mention", 1L)
                .as("a truncated retweet: only what its own text mentions")
                .containsEntry("104>105:retweet", 1L).doesNotContainKey("104>107:mention")
                .as("replies, two to the same author, and a self-reply")
                .containsEntry("103>101:reply", 2L).containsEntry("103>101:mention", 2L)
                .containsEntry("101>101:reply", 1L)
                .as("quotes of tweets known only from includes")
                .containsEntry("102>105:quote", 1L).containsEntry("101>103:quote", 1L)
                .as("a reply to a deleted tweet: no reply edge, its mention stands")
                .doesNotContainKey("106>108:reply").containsEntry("106>108:mention", 1L)
                .as("a referenced tweet's own reply is not a collected record")
                .doesNotContainKey("103>104:reply").doesNotContainKey("103>104:mention")
                .hasSize(18);
        assertThat(expected.nodes()).containsEntry("108", "ghost").doesNotContainKey("107").hasSize(7);
    }

    /** The importer's collected marks and a retweet's own mentions make the field's network. */
    @Test
    void collectedNetworkIsTwarcNetworks() throws IOException {
        compare("from the importer");
    }

    private void compare(String how) throws IOException {
        var files = export.write("csv", NetworkScope.COLLECTED, dir.resolve("network.csv"));
        var nodes = new TreeMap<String, String>();
        for (var row : rows(files.get(0))) {
            nodes.put(row[0], row[1]);
        }
        var edges = new TreeMap<String, Long>();
        for (var row : rows(files.get(1))) {
            assertThat(edges.put(row[0] + ">" + row[1] + ":" + row[2], Long.parseLong(row[3]))).isNull();
        }
        // Both reported on failure: which edges and which nodes differ.
        var softly = new SoftAssertions();
        softly.assertThat(edges).as("edges %s (source>target:kind -> Weight)", how).isEqualTo(expected.edges());
        softly.assertThat(nodes).as("nodes %s (Id -> Label)", how).isEqualTo(expected.nodes());
        softly.assertAll();
    }

    private static List<String[]> rows(Path csv) throws IOException {
        var lines = Files.readAllLines(csv);
        // The fixture has no comma or quote in ids, usernames or kinds: a split reads these columns.
        return lines.subList(1, lines.size()).stream().map(line -> line.split(",", -1)).toList();
    }

    /** twarc-network's user graph of a twarc2 file, computed from the JSON with Jackson only. */
    record Expected(Map<String, Long> edges, Map<String, String> nodes) {

        static Expected of(Path file) throws IOException {
            var mapper = new ObjectMapper();
            var edges = new TreeMap<String, Long>();
            var usernames = new HashMap<String, String>();
            for (var line : Files.readAllLines(file)) {
                var page = mapper.readTree(line);
                var authors = new HashMap<String, String>();
                page.at("/includes/tweets").forEach(t -> authors.put(t.get("id").asText(), t.path("author_id").asText(null)));
                page.at("/includes/users").forEach(u -> usernames.put(u.get("id").asText(), u.get("username").asText()));
                for (var tweet : page.get("data")) {
                    var author = tweet.get("author_id").asText();
                    var references = tweet.path("referenced_tweets");
                    for (var reference : references) {
                        var target = authors.get(reference.get("id").asText());
                        if (target != null) {
                            edges.merge(author + ">" + target + ":" + kind(reference), 1L, Long::sum);
                        }
                    }
                    var mentions = tweet.at("/entities/mentions");
                    boolean retweet = references.size() > 0 && "retweeted".equals(references.get(0).get("type").asText());
                    for (int i = 0; i < mentions.size(); i++) {
                        JsonNode mention = mentions.get(i);
                        if (i == 0 && retweet && mention.get("start").asInt() == 3) {
                            continue;
                        }
                        usernames.putIfAbsent(mention.get("id").asText(), mention.get("username").asText());
                        edges.merge(author + ">" + mention.get("id").asText() + ":mention", 1L, Long::sum);
                    }
                }
            }
            var nodes = new TreeMap<String, String>();
            edges.keySet().forEach(edge -> {
                for (var id : edge.substring(0, edge.indexOf(':')).split(">")) {
                    nodes.put(id, usernames.get(id));
                }
            });
            return new Expected(edges, nodes);
        }

        private static String kind(JsonNode reference) {
            return switch (reference.get("type").asText()) {
                case "retweeted" -> "retweet";
                case "replied_to" -> "reply";
                case "quoted" -> "quote";
                default -> throw new IllegalStateException("unknown reference type " + reference);
            };
        }
    }
}
