package org.metoodiffusion.amplified;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metoodiffusion.ingest.ImportProgress;
import org.metoodiffusion.ingest.ImportService;
import org.metoodiffusion.store.EmbeddedNeo4j;
import org.metoodiffusion.store.GraphVersion;
import org.metoodiffusion.support.EmbeddedAmplified;
import org.metoodiffusion.support.EmptyGraphTest;
import org.metoodiffusion.support.GraphDump;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The AMPLIFIED relationships checked edge by edge against hand-made interactions: per-kind weights
 * and their sum, self-interactions and other kinds left out; a rebuild changes nothing; a write
 * (an import) makes them stale and the next build picks the new interaction up. (Centrality's use
 * of them and the background refresh are tested in the centrality package.)
 */
class AmplifiedGraphTests extends EmptyGraphTest {

    private static final List<String> KINDS = List.of("retweet", "reply", "quote", "mention");

    @Autowired
    AmplifiedGraph amplified;

    @Autowired
    GraphVersion version;

    @Autowired
    ImportService importer;

    @Autowired
    EmbeddedNeo4j neo4j;

    @TempDir
    Path dir;

    /** One interaction: {@code post} through a post of the source's, else an account-level INTERACTED. */
    record Interaction(String source, String target, String kind, boolean post) {
    }

    private static final List<Interaction> INTERACTIONS = List.of(
            new Interaction("a", "b", "retweet", true),
            new Interaction("a", "b", "retweet", true),
            new Interaction("a", "b", "retweet", false),
            new Interaction("a", "b", "reply", true),
            new Interaction("a", "b", "quote", true),
            new Interaction("a", "b", "mention", true),
            new Interaction("b", "a", "reply", true),
            new Interaction("b", "a", "reply", false),
            new Interaction("c", "a", "mention", false),
            new Interaction("c", "a", "mention", true),
            new Interaction("c", "b", "quote", true),
            new Interaction("d", "c", "like", false),
            new Interaction("a", "a", "retweet", true),
            new Interaction("c", "c", "mention", true),
            new Interaction("d", "d", "reply", false));

    /**
     * A server started on a database whose AMPLIFIED is fresh gives the data's version (from before
     * the build) from its very first answer on: results and projections kept under it stay valid.
     */
    @Test
    void aServerStartedAfterABuildGivesTheDataVersionFromTheFirstAnswer() {
        writeInteractions(List.of("a", "b", "c", "d"), INTERACTIONS);
        long dataVersion = version.lastClosed().getAsLong();
        amplified.refresh();
        assertThat(version.lastClosed().getAsLong()).as("the build committed").isGreaterThan(dataVersion);

        assertThat(EmbeddedAmplified.startedVersion(neo4j).current()).hasValue(dataVersion);
    }

    @Test
    void everyOrderedPairIsWeightedByHowOftenEachKindAmplified() {
        writeInteractions(List.of("a", "b", "c", "d", "lonely"), INTERACTIONS);
        // A reply to a post nobody in the graph wrote amplifies no one.
        driver.executableQuery("""
                MATCH (d:Account {id: 'd'})
                CREATE (d)-[:POSTED]->(:Post {id: 'orphan-reply'})-[:REPLY_TO]->(:Post {id: 'placeholder', observed: false})""")
                .execute();

        var marker = amplified.refresh();

        var expected = expected(INTERACTIONS);
        assertThat(amplifiedPairs()).isEqualTo(expected);
        assertThat(marker.relationships()).isEqualTo(expected.size());
        assertThat(marker.everyAccount()).as("lonely amplified no one and no one amplified it").isFalse();
        assertThat(amplified.isFresh()).isTrue();
        assertThat(driver.executableQuery("MATCH ()-[r:AMPLIFIED]->() "
                + "WHERE r.count <> r.retweets + r.replies + r.quotes + r.mentions RETURN count(r) AS n")
                .execute().records().get(0).get("n").asLong()).as("count is the sum of the kinds").isZero();
    }

    @Test
    void aRebuildOfAFreshGraphWritesNothingAndAForcedOneGivesTheSameRelationships() {
        writeInteractions(List.of("a", "b", "c", "d"), INTERACTIONS);
        var data = GraphDump.of(driver);
        long dataVersion = version.current().getAsLong();

        var first = amplified.refresh();
        var built = amplifiedPairs();
        assertThat(GraphDump.of(driver)).as("a build writes derived data only").isEqualTo(data);
        assertThat(version.current().getAsLong()).as("the data's version outlives the build").isEqualTo(dataVersion);

        long committed = version.lastClosed().getAsLong();
        assertThat(amplified.refresh()).isEqualTo(first);
        assertThat(version.lastClosed().getAsLong()).as("nothing written when fresh").isEqualTo(committed);

        // A write that changes no interaction: stale, rebuilt from scratch, the same relationships (none twice).
        driver.executableQuery("MATCH (a:Account {id: 'a'}) SET a.note = 'touched'").execute();
        assertThat(amplified.isFresh()).isFalse();
        var second = amplified.refresh();
        assertThat(amplified.isFresh()).isTrue();
        assertThat(second.relationships()).isEqualTo(first.relationships());
        assertThat(second.version()).isGreaterThan(first.version());
        assertThat(amplifiedPairs()).isEqualTo(built);
        assertThat(driver.executableQuery("MATCH (s)-[r:AMPLIFIED]->(t) WITH s, t, count(r) AS n WHERE n > 1 "
                + "RETURN count(*) AS duplicates").execute().records().get(0).get("duplicates").asLong()).isZero();
    }

    @Test
    void anImportMakesThemStaleAndTheNextBuildCountsTheNewInteraction() throws Exception {
        var before = List.of(new Interaction("1001", "1002", "retweet", true));
        writeInteractions(List.of("1001", "1002", "1003"), before);
        var built = amplified.refresh();
        assertThat(amplifiedPairs()).isEqualTo(expected(before));

        // 1003 replies to the post 'p-1002' of 1002's: a twarc2 page as the importer reads it.
        Files.writeString(dir.resolve("reply.jsonl"), """
                {"data":[{"id":"919700000000000077","author_id":"1003","created_at":"2017-10-16T01:00:00Z",\
                "text":"me too","lang":"en","referenced_tweets":[{"type":"replied_to","id":"919700000000000066"}],\
                "entities":{}}],"includes":{"users":[{"id":"1003","username":"third","name":"third"}]},\
                "meta":{"result_count":1}}
                """);
        driver.executableQuery("MATCH (p:Post {id: 'p-1002'}) SET p.id = '919700000000000066'").execute();
        var summary = importer.importAll(List.of(dir.resolve("reply.jsonl").toString()), null, 100,
                dir.resolve("rejects.jsonl"), new ImportProgress.Silent());
        assertThat(summary.rejected()).isZero();

        assertThat(amplified.isFresh()).as("stale after the import").isFalse();
        assertThat(amplified.marker()).as("the record still names the old build").isEqualTo(built);
        assertThat(amplifiedPairs()).as("nothing rebuilt by itself (no automatic refresh in tests)")
                .isEqualTo(expected(before));

        var rebuilt = amplified.refresh();
        var after = List.of(before.get(0), new Interaction("1003", "1002", "reply", true));
        assertThat(amplifiedPairs()).isEqualTo(expected(after));
        assertThat(rebuilt.relationships()).isEqualTo(2);
        assertThat(rebuilt.everyAccount()).isTrue();
        assertThat(amplified.isFresh()).isTrue();
    }

    /** The pairs the interactions should give, worked out here: source->target, kind -> times. */
    private static Map<String, Map<String, Long>> expected(List<Interaction> interactions) {
        return interactions.stream()
                .filter(i -> !i.source().equals(i.target()) && KINDS.contains(i.kind()))
                .collect(groupingBy(i -> i.source() + "->" + i.target(), TreeMap::new,
                        groupingBy(Interaction::kind, TreeMap::new, counting())));
    }

    /** The AMPLIFIED relationships in the same shape, kinds with a zero weight left out. */
    private Map<String, Map<String, Long>> amplifiedPairs() {
        var pairs = new TreeMap<String, Map<String, Long>>();
        driver.executableQuery("""
                MATCH (s:Account)-[r:AMPLIFIED]->(t:Account)
                RETURN s.id AS source, t.id AS target, r.retweets AS retweet, r.replies AS reply,
                       r.quotes AS quote, r.mentions AS mention""").execute().records().forEach(row -> {
            var kinds = new TreeMap<String, Long>();
            for (var kind : KINDS) {
                if (row.get(kind).asLong() > 0) {
                    kinds.put(kind, row.get(kind).asLong());
                }
            }
            assertThat(pairs.put(row.get("source").asString() + "->" + row.get("target").asString(), kinds))
                    .as("one relationship per ordered pair").isNull();
        });
        return pairs;
    }

    /**
     * Accounts, each with one post {@code p-<id>} to be referenced; a post-level interaction is a new
     * post of the source's referencing the target's post (or mentioning the target).
     */
    private void writeInteractions(List<String> accounts, List<Interaction> interactions) {
        driver.executableQuery("UNWIND $ids AS id CREATE (:Account {id: id})-[:POSTED]->(:Post {id: 'p-' + id})")
                .withParameters(Map.of("ids", accounts)).execute();
        for (int i = 0; i < interactions.size(); i++) {
            var x = interactions.get(i);
            String create = !x.post() ? "CREATE (s)-[:INTERACTED {kind: $kind, at: datetime()}]->(t)"
                    : switch (x.kind()) {
                        case "retweet" -> "CREATE (s)-[:POSTED]->(:Post {id: $id})-[:RETWEET_OF]->(tp)";
                        case "reply" -> "CREATE (s)-[:POSTED]->(:Post {id: $id})-[:REPLY_TO]->(tp)";
                        case "quote" -> "CREATE (s)-[:POSTED]->(:Post {id: $id})-[:QUOTES]->(tp)";
                        case "mention" -> "CREATE (s)-[:POSTED]->(:Post {id: $id})-[:MENTIONS]->(t)";
                        default -> throw new IllegalArgumentException(x.kind());
                    };
            driver.executableQuery("MATCH (s:Account {id: $source}), (t:Account {id: $target})-[:POSTED]->"
                    + "(tp:Post {id: 'p-' + $target}) " + create)
                    .withParameters(Map.of("source", x.source(), "target", x.target(), "kind", x.kind(),
                            "id", "i-" + i))
                    .execute();
        }
    }
}
