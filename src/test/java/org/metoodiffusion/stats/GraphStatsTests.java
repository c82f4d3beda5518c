package org.metoodiffusion.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metoodiffusion.amplified.AmplifiedGraph;
import org.metoodiffusion.ingest.ImportProgress;
import org.metoodiffusion.ingest.ImportService;
import org.metoodiffusion.support.EmptyGraphTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.annotation.DirtiesContext;

/**
 * GET /api/stats over HTTP on its own emptied database: after an import, the counts it gives
 * (read from Neo4j's count store) equal those the test counts with plain Cypher (MATCH), and they
 * follow the next import. Bookkeeping (schema migrations, the AMPLIFIED build) is left out. A web
 * context of its own (EmptyGraphTest's has no server), closed after the class.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class GraphStatsTests extends EmptyGraphTest {

    private static final String TWARC2_SAMPLE = "importer/samples/twarc2-sample.jsonl";
    private static final String SNAP_SAMPLE = "importer/samples/snap-sample.txt";

    @Autowired
    TestRestTemplate http;

    @Autowired
    ImportService importer;

    @Autowired
    AmplifiedGraph amplified;

    @TempDir
    Path dir;

    @Test
    void afterAnImportTheCountsAreThoseCypherCounts() throws Exception {
        importFile(TWARC2_SAMPLE);
        var stats = stats();
        assertThat(counted(stats.get("nodes"))).isEqualTo(labelsCounted()).containsKeys("Post", "Account");
        assertThat(counted(stats.get("relationships"))).isEqualTo(typesCounted()).containsKey("POSTED");
        assertThat(stats.get("tweets").asLong()).as("posts that are not a later version of an edited tweet")
                .isEqualTo(count("MATCH (p:Post) WHERE NOT (p)-[:EDIT_OF]->() RETURN count(p) AS n"));
    }

    @Test
    void theCountsFollowTheNextImport() throws Exception {
        importFile(TWARC2_SAMPLE);
        var before = stats();
        long interactionLines = Files.readAllLines(Path.of(SNAP_SAMPLE)).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).count();

        importFile(SNAP_SAMPLE);
        var after = stats();
        assertThat(after).isNotEqualTo(before);
        assertThat(counted(after.get("nodes"))).isEqualTo(labelsCounted());
        assertThat(counted(after.get("relationships"))).isEqualTo(typesCounted());
        assertThat(after.at("/relationships/INTERACTED").asLong() - before.at("/relationships/INTERACTED").asLong())
                .as("one INTERACTED per line of the SNAP file").isEqualTo(interactionLines);
        assertThat(after.at("/relationships/POSTED").asLong()).as("no post in a SNAP file")
                .isEqualTo(before.at("/relationships/POSTED").asLong());
    }

    @Test
    void bookkeepingDerivedDataAndLabelsNoNodeCarriesAreLeftOut() throws Exception {
        importFile(TWARC2_SAMPLE);
        importFile(SNAP_SAMPLE);
        var imported = stats();
        assertThat(count("MATCH (n:SchemaMigration) RETURN count(n) AS n")).isPositive();
        assertThat(imported.get("nodes").has("SchemaMigration")).isFalse();

        amplified.refresh();
        assertThat(count("MATCH ()-[r:AMPLIFIED]->() RETURN count(r) AS n")).isPositive();
        assertThat(stats()).as("the AMPLIFIED build changes no count").isEqualTo(imported);

        assertThat(imported.at("/nodes/Hashtag").asLong()).isPositive();
        driver.executableQuery("MATCH (h:Hashtag) DETACH DELETE h").execute();
        var after = stats();
        assertThat(after.get("nodes").has("Hashtag")).isFalse();
        assertThat(after.get("relationships").has("TAGS")).isFalse();
        assertThat(counted(after.get("nodes"))).isEqualTo(labelsCounted());
        assertThat(counted(after.get("relationships"))).isEqualTo(typesCounted());
    }

    private void importFile(String file) {
        var summary = importer.importAll(List.of(file), null, 100, dir.resolve("rejects.jsonl"),
                new ImportProgress.Silent());
        assertThat(summary.rejected()).as(file).isZero();
    }

    private JsonNode stats() throws Exception {
        var response = http.getForEntity("/api/stats", String.class);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        return new ObjectMapper().readTree(response.getBody());
    }

    private static Map<String, Long> counted(JsonNode counts) {
        var map = new TreeMap<String, Long>();
        counts.fields().forEachRemaining(entry -> map.put(entry.getKey(), entry.getValue().asLong()));
        return map;
    }

    /** Nodes per label by MATCH, bookkeeping labels left out. */
    private Map<String, Long> labelsCounted() {
        return grouped("""
                MATCH (n) UNWIND labels(n) AS key
                WITH key WHERE NOT key IN ['SchemaMigration', 'MaterialisedGraph']
                RETURN key, count(*) AS n""");
    }

    /** Relationships per type by MATCH, the derived AMPLIFIED left out. */
    private Map<String, Long> typesCounted() {
        return grouped("MATCH ()-[r]->() WHERE type(r) <> 'AMPLIFIED' RETURN type(r) AS key, count(*) AS n");
    }

    private Map<String, Long> grouped(String cypher) {
        var map = new TreeMap<String, Long>();
        driver.executableQuery(cypher).execute().records()
                .forEach(row -> map.put(row.get("key").asString(), row.get("n").asLong()));
        return map;
    }

    private long count(String cypher) {
        return driver.executableQuery(cypher).execute().records().get(0).get("n").asLong();
    }
}
