package org.metoodiffusion.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metoodiffusion.cypher.Cypher;
import org.metoodiffusion.cypher.QueryLibrary;
import org.metoodiffusion.cypher.WriteCounts;
import org.metoodiffusion.generate.CampaignGenerator;
import org.metoodiffusion.support.EmptyGraphTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The transactional writer's two ways of writing a node or an edge (created when new in the batch's
 * transaction, merged when already in the graph) give the same graph, and a node another writer
 * creates between a batch's read and its writes does not break the batch.
 */
class GraphWriterTests extends EmptyGraphTest {

    @Autowired
    ImportService importer;

    @Autowired
    Cypher cypher;

    @Autowired
    QueryLibrary queries;

    @TempDir
    Path dir;

    @Test
    void anImportOverlappingTheGraphGivesTheGraphOfTheUnionImportedAtOnce() throws IOException {
        var generated = CampaignGenerator.generate(1500, 13, dir.resolve("c.jsonl"), dir.resolve("c.follows.txt"));
        var tweets = Files.readAllLines(generated.tweets());
        var follows = Files.readAllLines(generated.follows());
        // Two parts sharing their middle fifth: the second part's batches mix posts, accounts and
        // follow edges already in the graph with new ones.
        var early = write("early", tweets.subList(0, tweets.size() * 3 / 5), follows.subList(0, follows.size() * 3 / 5));
        var lateFollows = new ArrayList<>(follows.subList(0, 1));
        lateFollows.addAll(follows.subList(follows.size() * 2 / 5, follows.size()));
        var late = write("late", tweets.subList(tweets.size() * 2 / 5, tweets.size()), lateFollows);
        importFiles(early);
        importFiles(late);
        var inParts = graph();

        emptyGraph();
        importFiles(generated.tweets().toString(), generated.follows().toString());
        var atOnce = graph();
        assertThat(inParts).isEqualTo(atOnce);
        // Counted from the input, not by the importer: one FOLLOWS per distinct follow line.
        var followLines = new HashSet<>(follows.stream().filter(line -> !line.startsWith("#")).toList());
        assertThat(atOnce.stream().filter(line -> line.startsWith("{edge: \"FOLLOWS ")).count()).isEqualTo(followLines.size());
    }

    @Test
    void aPostAnotherWriterCreatesAfterTheBatchLookedIsWrittenOnceWithTheBatchsDescription() {
        var id = "919700000000000100";
        var other = new ConflictingWriter(cypher, queries, id);
        var batch = new ItemBatch();
        batch.add(new PostItem(id, AccountRef.ofId("51"), Instant.parse("2017-10-16T01:00:00Z"), false, "me too",
                "en", null, null, null, null, null, List.of("MeToo"), List.of(), "test", true, null));
        var counts = new GraphWriter(other, queries).write(batch);

        assertThat(other.created).isTrue();
        assertThat(counts.relationshipsCreated()).isEqualTo(2);
        assertThat(rows("MATCH (p:Post {id: '" + id + "'}) RETURN p.text AS text, p.observed AS observed"))
                .containsExactly("{observed: true, text: \"me too\"}");
        assertThat(rows("MATCH (a:Account)-[r]->(p:Post)-[t:TAGS]->(h) RETURN a.id AS a, type(r) AS r, h.tag AS h"))
                .containsExactly("{a: \"51\", h: \"metoo\", r: \"POSTED\"}");
    }

    @Test
    void aFollowLineInTwoBatchesOfOneImportIsOneEdge() {
        var writer = new GraphWriter(cypher, queries);
        writer.write(batch(post("919700000000000201", "61"), post("919700000000000202", "62")));
        // 61 was created by this import and follows no one yet: its edge is created, not merged.
        writer.write(batch(follow("61", "62")));
        writer.write(batch(follow("61", "62"), follow("61", "63")));

        assertThat(rows("MATCH (a:Account)-[:FOLLOWS]->(b:Account) RETURN a.id AS a, b.id AS b ORDER BY b"))
                .containsExactly("{a: \"61\", b: \"62\"}", "{a: \"61\", b: \"63\"}");
    }

    @Test
    void whatAnotherWriterCommitsBetweenTwoBatchesIsSeenByTheNext() {
        var writer = new GraphWriter(cypher, queries);
        writer.write(batch(post("919700000000000301", "71"), post("919700000000000302", "72")));
        // Between two batches of one import: 71 is deleted and made again (a new node), 72 follows 71.
        cypher.write(other -> other.run("""
                MATCH (a:Account {id: '71'}) DETACH DELETE a
                WITH 1 AS done
                MATCH (b:Account {id: '72'})
                CREATE (b)-[:FOLLOWS]->(:Account {id: '71'})""", Map.of()));
        writer.write(batch(post("919700000000000303", "71"), follow("72", "71"), follow("71", "72")));

        assertThat(rows("MATCH (a:Account)-[:POSTED]->(p:Post) RETURN a.id AS a, p.id AS p ORDER BY p"))
                .containsExactly("{a: \"72\", p: \"919700000000000302\"}", "{a: \"71\", p: \"919700000000000303\"}");
        assertThat(rows("MATCH (a:Account)-[:FOLLOWS]->(b:Account) RETURN a.id AS a, b.id AS b ORDER BY a"))
                .containsExactly("{a: \"71\", b: \"72\"}", "{a: \"72\", b: \"71\"}");
    }

    private static ItemBatch batch(ImportItem... items) {
        var batch = new ItemBatch();
        java.util.Arrays.stream(items).forEach(batch::add);
        return batch;
    }

    private static PostItem post(String id, String author) {
        return new PostItem(id, AccountRef.ofId(author), Instant.parse("2017-10-16T01:00:00Z"), false, "me too",
                "en", null, null, null, null, null, List.of(), List.of(), "test", true, null);
    }

    private static FollowItem follow(String follower, String followee) {
        return new FollowItem(AccountRef.ofId(follower), AccountRef.ofId(followee));
    }

    /**
     * The application's Cypher, except that right after the batch's first look for its posts another
     * transaction commits a bare post of {@code id}, as a concurrent writer could.
     */
    private static final class ConflictingWriter implements Cypher {

        private final Cypher real;
        private final String lookForPosts;
        private final String id;
        private boolean created;

        ConflictingWriter(Cypher real, QueryLibrary queries, String id) {
            this.real = real;
            this.lookForPosts = queries.get(IngestQuery.EXISTING_POSTS);
            this.id = id;
        }

        @Override
        public WriteCounts write(Consumer<Statements> work) {
            return real.write(statements -> work.accept(new Statements() {
                @Override
                public void run(String statement, Map<String, Object> parameters) {
                    statements.run(statement, parameters);
                }

                @Override
                public List<Map<String, Object>> query(String statement, Map<String, Object> parameters) {
                    var rows = statements.query(statement, parameters);
                    if (statement.equals(lookForPosts) && !created) {
                        created = true;
                        real.write(other -> other.run("CREATE (:Post {id: $id})", Map.of("id", id)));
                    }
                    return rows;
                }

                @Override
                public void stream(String statement, Map<String, Object> parameters, Consumer<Row> rows) {
                    statements.stream(statement, parameters, rows);
                }
            }));
        }

        @Override
        public void read(org.metoodiffusion.cypher.Query query, Map<String, Object> parameters, Consumer<Row> rows) {
            real.read(query, parameters, rows);
        }

        @Override
        public <T> T inTransaction(java.time.Duration timeout, Map<String, Object> metadata,
                java.util.function.Function<Statements, T> work) {
            return real.inTransaction(timeout, metadata, work);
        }
    }

    /** Every node with its labels and properties, every relationship with its ends' keys: sorted lines. */
    private List<String> graph() {
        var lines = new ArrayList<>(rows("MATCH (n) WHERE NOT n:SchemaMigration RETURN labels(n) AS labels, "
                + "properties(n) AS properties"));
        lines.addAll(rows("""
                MATCH (a)-[r]->(b)
                RETURN type(r) + ' ' + coalesce(a.id, a.tag) + ' ' + coalesce(b.id, b.tag) AS edge,
                       properties(r) AS properties"""));
        return lines.stream().sorted().toList();
    }

    /** Each row as text, its columns and map entries in name order. */
    private List<String> rows(String query) {
        return driver.executableQuery(query).execute().records().stream()
                .map(row -> text(row.asMap())).toList();
    }

    private static String text(Object value) {
        if (value instanceof Map<?, ?> map) {
            return new TreeMap<>(map).entrySet().stream().map(e -> e.getKey() + ": " + text(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        return value instanceof String string ? '"' + string + '"' : String.valueOf(value);
    }

    private String write(String name, List<String> tweets, List<String> follows) throws IOException {
        var tweetFile = dir.resolve(name + ".jsonl");
        var followFile = dir.resolve(name + ".follows.txt");
        Files.write(tweetFile, tweets);
        Files.write(followFile, follows);
        return tweetFile + "," + followFile;
    }

    private void importFiles(String... files) {
        var names = java.util.Arrays.stream(files).flatMap(f -> java.util.Arrays.stream(f.split(","))).toList();
        importer.importAll(names, null, 100, dir.resolve("rejects.jsonl"), new ImportProgress.Silent());
    }
}
