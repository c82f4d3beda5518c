package org.metoodiffusion.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metoodiffusion.support.EmptyGraphTest;
import org.metoodiffusion.support.RejectLines;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * twarc1 json2csv files imported into a real embedded database; the expected graph is worked out
 * here from the CSV rows (read as maps by Jackson's data binding, not by the importer's reader) by
 * the format page's rules.
 */
class Json2CsvImportTests extends EmptyGraphTest {

    private static final Pattern ID = Pattern.compile("\\d{1,19}");
    private static final Pattern HANDLE = Pattern.compile("(?<![\\w@])@(\\w{1,15})(?!\\w)");
    private static final Pattern RT = Pattern.compile("^RT @(\\w+)");

    @Autowired
    ImportService importer;

    @TempDir
    Path dir;

    /** The graph counts a json2csv file should give. */
    record Expected(long posts, long accounts, long replies, long retweets, long quotes, long tags, long mentions) {
    }

    @Test
    void theSampleGivesTheGraphItsRowsDescribe() throws IOException {
        var sample = "importer/samples/twarc-json2csv-sample.csv";
        var summary = importFiles(sample);
        assertThat(summary.records()).isEqualTo(15);
        assertThat(summary.rejected()).isZero();
        assertThat(summary.flagged()).isZero();
        var expected = expected(Path.of(sample), ',');
        assertThat(actual()).isEqualTo(expected);
        assertThat(expected.replies()).isPositive();
        assertThat(expected.retweets()).isPositive();
        assertThat(expected.quotes()).isPositive();
        assertThat(value("MATCH (a:Account {id: '26642006'})-[:POSTED]->(p:Post {id: '919659438700670976'}) "
                + "RETURN count(*) AS v")).isEqualTo(1L);
        assertThat(value("MATCH (:Post)-[:REPLY_TO]->(:Post {id: '919659438700670976'}) RETURN count(*) AS v"))
                .isEqualTo(3L);
        assertThat(value("MATCH (p:Post {id: '919690003388416000'}) RETURN p.observed AS v")).isEqualTo(false);
        assertThat(value("MATCH (a:Account {id: '@taranaburke'}) RETURN a.provisional AS v")).isEqualTo(true);
    }

    @Test
    void withoutUserIdsAuthorsAreMergedIntoTheAccountsOtherColumnsIdentify() throws IOException {
        var file = "src/test/resources/ingest/json2csv/no-user-id.csv";
        importFiles(file);
        assertThat(actual()).isEqualTo(expected(Path.of(file), ','));
        assertThat(value("MATCH (a:Account {username: 'Alyssa_Milano'}) RETURN a.id AS v")).isEqualTo("26642006");
    }

    @Test
    void floatMangledIdsAreReportedByColumnAndNeverLinked() throws IOException {
        var file = "src/test/resources/ingest/json2csv/float-ids.csv";
        var summary = importFiles(file);
        assertThat(summary.records()).isEqualTo(14);
        assertThat(summary.rejected()).isEqualTo(1);
        assertThat(actual()).isEqualTo(expected(Path.of(file), ','));
        assertThat(value("MATCH ()-[r:REPLY_TO|RETWEET_OF|QUOTES]->() RETURN count(r) AS v")).isEqualTo(0L);
        var reports = rejects();
        assertThat(reports).filteredOn(r -> r.get("kind").asText().equals("rejected")).singleElement()
                .satisfies(r -> {
                    assertThat(r.get("line").asLong()).isEqualTo(13);
                    assertThat(r.get("reason").asText()).startsWith("id: '9.19793780624757e+17' looks like an id mangled");
                });
        assertThat(reports).filteredOn(r -> r.get("kind").asText().equals("flagged"))
                .anySatisfy(r -> {
                    assertThat(r.get("line").asLong()).isEqualTo(3);
                    assertThat(r.get("reason").asText()).startsWith("in_reply_to_status_id: '9.19659438700671e+17'")
                            .endsWith("loaded without it");
                });
    }

    /** The counts by the format page's rules, from the rows as maps. */
    private static Expected expected(Path file, char separator) throws IOException {
        List<Map<String, String>> rows;
        var schema = CsvSchema.emptySchema().withHeader().withColumnSeparator(separator);
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class).with(schema)
                .readValues(file.toFile())) {
            rows = it.readAll();
        }
        var posts = new HashSet<String>();
        var refs = new HashSet<String>();
        var accountRefs = new java.util.ArrayList<String[]>();
        var mentionPairs = new java.util.ArrayList<String[]>();
        long replies = 0;
        long retweets = 0;
        long quotes = 0;
        long tags = 0;
        for (var row : rows) {
            var id = row.get("id");
            if (!ID.matcher(id).matches()) {
                continue;
            }
            posts.add(id);
            accountRefs.add(new String[] {row.get("user_id"), row.get("user_screen_name")});
            var replyTo = usable(row.get("in_reply_to_status_id"));
            if (replyTo != null) {
                refs.add(replyTo);
                replies++;
            }
            if (!blank(row.get("in_reply_to_user_id")) || !blank(row.get("in_reply_to_screen_name"))) {
                accountRefs.add(new String[] {row.get("in_reply_to_user_id"), row.get("in_reply_to_screen_name")});
            }
            var reference = usable(row.get("retweet_or_quote_id"));
            if (reference != null) {
                refs.add(reference);
                if (row.get("tweet_type").equals("retweet")) {
                    retweets++;
                } else {
                    quotes++;
                }
            }
            if (!blank(row.get("retweet_or_quote_user_id")) || !blank(row.get("retweet_or_quote_screen_name"))) {
                accountRefs.add(new String[] {row.get("retweet_or_quote_user_id"),
                        row.get("retweet_or_quote_screen_name")});
            }
            tags += blank(row.get("hashtags")) ? 0 : Set.of(row.get("hashtags").toLowerCase(Locale.ROOT).split(" ")).size();
            var text = row.get("text");
            var rt = RT.matcher(text);
            var skip = rt.find() ? rt.group(1) : null;
            var matcher = HANDLE.matcher(text);
            while (matcher.find()) {
                if (matcher.group(1).equals(skip)) {
                    skip = null;
                    continue;
                }
                accountRefs.add(new String[] {null, matcher.group(1)});
                mentionPairs.add(new String[] {id, matcher.group(1)});
            }
        }
        // a handle seen with a usable id names that account; otherwise it is a provisional @handle
        var idOfHandle = new HashMap<String, String>();
        accountRefs.stream().filter(r -> usable(r[0]) != null && !blank(r[1]))
                .forEach(r -> idOfHandle.put(r[1].toLowerCase(Locale.ROOT), r[0]));
        var accounts = new HashSet<String>();
        accountRefs.forEach(r -> accounts.add(key(r, idOfHandle)));
        var mentions = new HashSet<String>();
        mentionPairs.forEach(m -> mentions.add(m[0] + " " + key(new String[] {null, m[1]}, idOfHandle)));
        refs.removeAll(posts);
        return new Expected(posts.size() + refs.size(), accounts.size(), replies, retweets, quotes, tags,
                mentions.size());
    }

    private static String key(String[] ref, Map<String, String> idOfHandle) {
        if (usable(ref[0]) != null) {
            return ref[0];
        }
        var handle = ref[1].toLowerCase(Locale.ROOT);
        return idOfHandle.getOrDefault(handle, "@" + handle);
    }

    private static String usable(String id) {
        return id != null && ID.matcher(id).matches() ? id : null;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private Expected actual() {
        return new Expected(count("MATCH (p:Post) RETURN count(p) AS v"),
                count("MATCH (a:Account) RETURN count(a) AS v"),
                count("MATCH ()-[r:REPLY_TO]->() RETURN count(r) AS v"),
                count("MATCH ()-[r:RETWEET_OF]->() RETURN count(r) AS v"),
                count("MATCH ()-[r:QUOTES]->() RETURN count(r) AS v"),
                count("MATCH ()-[r:TAGS]->() RETURN count(r) AS v"),
                count("MATCH ()-[r:MENTIONS]->() RETURN count(r) AS v"));
    }

    private ImportSummary importFiles(String... files) {
        return importer.importAll(List.of(files), null, 100, dir.resolve("rejects.jsonl"), new ImportProgress.Silent());
    }

    private List<JsonNode> rejects() throws IOException {
        return RejectLines.read(dir.resolve("rejects.jsonl"));
    }

    private long count(String cypher) {
        return (Long) value(cypher);
    }

    private Object value(String cypher) {
        return driver.executableQuery(cypher).execute().records().get(0).get("v").asObject();
    }
}
