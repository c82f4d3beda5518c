package org.metoodiffusion.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metoodiffusion.support.EmptyGraphTest;
import org.metoodiffusion.support.GraphDump;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The conventions peers build on, end to end into a real database: collected vs referenced posts,
 * a retweet's own entities, accounts resolved from a page's users, edited tweets linked. The
 * fixtures {@code twarc2/resolution-*.jsonl} hold one set of tweets twice: as raw API pages whose
 * mentions carry a username only (older v2 data), and as {@code twarc2 flatten} writes them
 * (twarc's {@code expansions.flatten}: mentions merged with the page's user objects).
 */
class CollectionConventionsTests extends EmptyGraphTest {

    private static final String PAGES = "src/test/resources/ingest/twarc2/resolution-pages.jsonl";
    private static final String FLAT = "src/test/resources/ingest/twarc2/resolution-flat.jsonl";
    private static final String REPLY = "919669763863478273";
    private static final String CREDIT = "919709471339446274";
    private static final String RETWEET = "919732120581046275";
    private static final String EDITED = "919760809620406278";
    private static final String FIRST_VERSION = "919759802987446277";

    @Autowired
    ImportService importer;

    @TempDir
    Path dir;

    @Test
    void rawPagesAndFlattenedLinesGiveTheIdenticalGraph() {
        assertThat(importFiles(PAGES).rejected()).isZero();
        var fromPages = wholeGraph();
        emptyGraph();
        assertThat(importFiles(FLAT).rejected()).isZero();
        var fromFlat = wholeGraph();

        assertThat(fromPages).isEqualTo(fromFlat);
        // Mentions given by username only took their ids from includes.users: nothing stays provisional.
        assertThat(values("MATCH (a:Account) RETURN a.id AS v ORDER BY v"))
                .containsExactly("148765432", "2213456789", "26642006", "3100000001", "771234567");
    }

    @Test
    void postsInADataArrayAreCollectedAndIncludedOnesReferenced() {
        importFiles(PAGES);
        assertThat(values("MATCH (p:Post {collected: true}) RETURN p.id AS v ORDER BY v")).containsExactly(
                "919659438700670976", REPLY, CREDIT, RETWEET, "919744703493046276", EDITED);
        assertThat(values("MATCH (p:Post) WHERE NOT p.collected RETURN p.id AS v")).containsExactly(FIRST_VERSION);
    }

    @Test
    void onceCollectedAlwaysCollected() throws Exception {
        // The reply and the credit arrive collected in page 1, then as includes.tweets of page 2; and the
        // other way round when page 2 comes first.
        var lines = Files.readAllLines(Path.of(PAGES));
        var reversed = dir.resolve("reversed.jsonl");
        Files.write(reversed, List.of(lines.get(1), lines.get(0)));
        importFiles(reversed.toString());
        assertThat(values("MATCH (p:Post {id: $id}) RETURN toString(p.collected) AS v", Map.of("id", REPLY)))
                .containsExactly("true");
        importFiles(PAGES);
        assertThat(values("MATCH (p:Post {collected: true}) RETURN p.id AS v")).hasSize(6);
    }

    @Test
    void aRetweetKeepsItsOwnEntitiesWithoutTheRtPrefix() {
        importFiles(PAGES);
        // "RT @jane_doe_1985: @Alyssa_Milano Me too.": @jane_doe_1985 is the retweet edge, not a mention.
        assertThat(values("MATCH (:Post {id: $id})-[:MENTIONS]->(a) RETURN a.username AS v", Map.of("id", RETWEET)))
                .containsExactly("Alyssa_Milano");
        assertThat(values("MATCH (:Post {id: $id})-[:RETWEET_OF]->()<-[:POSTED]-(a) RETURN a.username AS v",
                Map.of("id", RETWEET))).containsExactly("jane_doe_1985");
    }

    @Test
    void aLaterVersionOfAnEditedTweetIsLinkedToTheFirst() {
        importFiles(FLAT);
        assertThat(values("MATCH (:Post {id: $id})-[:EDIT_OF]->(first:Post) RETURN first.id AS v",
                Map.of("id", EDITED))).containsExactly(FIRST_VERSION);
        // One tweet, one author: the first version (a placeholder here) gets the author of the later one.
        assertThat(values("MATCH (a:Account)-[:POSTED]->(:Post {id: $id}) RETURN a.username AS v",
                Map.of("id", FIRST_VERSION))).containsExactly("jane_doe_1985");
    }

    private ImportSummary importFiles(String... files) {
        return importer.importAll(List.of(files), null, 100, dir.resolve("rejects.jsonl"), new ImportProgress.Silent());
    }

    private List<String> wholeGraph() {
        return GraphDump.of(driver);
    }

    private List<String> values(String cypher) {
        return values(cypher, Map.of());
    }

    private List<String> values(String cypher, Map<String, Object> parameters) {
        return driver.executableQuery(cypher).withParameters(parameters).execute().records().stream()
                .map(row -> row.get(0).asString()).toList();
    }
}
