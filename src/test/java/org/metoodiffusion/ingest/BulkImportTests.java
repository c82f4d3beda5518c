package org.metoodiffusion.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metoodiffusion.cypher.QueryLibrary;
import org.metoodiffusion.generate.CampaignGenerator;
import org.metoodiffusion.ingest.bulk.BulkImport;
import org.metoodiffusion.ingest.format.FormatReaders;
import org.metoodiffusion.schema.SchemaMigration;
import org.metoodiffusion.schema.SchemaMigrations;
import org.metoodiffusion.store.EmbeddedCypher;
import org.metoodiffusion.store.EmbeddedNeo4j;
import org.metoodiffusion.store.Neo4jProperties;
import org.metoodiffusion.seed.SeedStoryLoader;
import org.metoodiffusion.support.EmbeddedAmplified;
import org.metoodiffusion.support.GraphDump;

/** Bulk mode (Neo4j's offline importer) builds the same graph as the transactional path. */
class BulkImportTests {

    private static final QueryLibrary QUERIES = new QueryLibrary();

    private static final String EVERYTHING = """
            CALL { MATCH (n) WHERE NOT n:SchemaMigration UNWIND labels(n) AS key RETURN key, count(*) AS c
                   UNION ALL MATCH ()-[r]->() RETURN type(r) AS key, count(*) AS c
                   UNION ALL MATCH (p:Post {collected: true}) RETURN 'collected' AS key, count(*) AS c }
            RETURN key, c""";
    private static final String SAMPLE = """
            MATCH (a:Account)-[:POSTED]->(p:Post) WITH a, p ORDER BY p.id LIMIT 50
            RETURN a.id + '|' + coalesce(a.username, '') + '|' + coalesce(a.name, '') + '|'
                   + coalesce(toString(a.followers), '') + '|' + p.id + '|' + toString(p.createdAt) + '|'
                   + coalesce(p.text, '') AS key, 1 AS c""";

    @TempDir
    Path dir;

    /** What the last {@link #bulkAndTransactional} import said there was to settle. */
    private BulkSettling settling;

    @Test
    void bulkAndTransactionalImportsBuildTheSameGraph() throws Exception {
        var generated = CampaignGenerator.generate(2000, 13, dir.resolve("c.jsonl"), dir.resolve("c.follows.txt"));
        var inputs = List.of(generated.tweets().toString(), generated.follows().toString());

        BulkImport.Result result;
        try (var rejects = new RejectsFile(dir.resolve("bulk-rejects.jsonl"))) {
            result = BulkImport.runMeasured(inputs, null, dir.resolve("bulk"), "neo4j", rejects,
                    new ImportProgress.Silent());
            assertThat(result.reading().rejected()).isZero();
        }
        assertThat(result.settling()).as("@TaranaBurke mentioned by handle only; no edits, no origins: nothing to settle")
                .isEqualTo(new BulkSettling(false, false, false));
        Map<String, Long> bulk;
        Map<String, Long> bulkSample;
        List<String> bulkAmplified;
        try (var neo4j = open(dir.resolve("bulk"))) {
            // What the import knows there is to settle, as import --bulk --no-seed does: the same graph as transactions.
            new GraphWriter(cypher(neo4j), QUERIES).settleBulkImport(List.of(), result.settling());
            bulk = read(neo4j, EVERYTHING);
            bulkSample = read(neo4j, SAMPLE);
            bulkAmplified = amplified(neo4j);
        }
        assertFreshAfterReopening(dir.resolve("bulk"), bulk.get("AMPLIFIED"));
        try (var neo4j = open(dir.resolve("transactional"));
                var rejects = new RejectsFile(dir.resolve("rejects.jsonl"))) {
            new ImportJob(FormatReaders.all(), null).run(inputs, rejects, new ImportProgress.Silent(),
                    new BatchedGraphWrites(cypher(neo4j), QUERIES, 500));
            EmbeddedAmplified.of(neo4j).refresh();
            assertThat(bulk).isEqualTo(read(neo4j, EVERYTHING));
            assertThat(bulkSample).hasSize(50).isEqualTo(read(neo4j, SAMPLE));
            assertThat(bulkAmplified).isEqualTo(amplified(neo4j));
        }
        assertThat(Files.exists(dir.resolve("bulk").resolve("bulk-import"))).as("CSV files removed").isFalse();
    }

    /**
     * Collected flags (a tweet first seen in a page's includes, collected in a later page) and edited
     * tweets come out of bulk mode as out of transactions, node for node and edge for edge.
     */
    @Test
    void bulkModeKeepsTheCollectedFlagAndEditsLikeTransactions() throws Exception {
        var pages = Files.readAllLines(Path.of("src/test/resources/ingest/twarc2/resolution-pages.jsonl"));
        var reversed = dir.resolve("reversed.jsonl");
        Files.write(reversed, List.of(pages.get(1), pages.get(0)));

        var bulk = bulkAndTransactional(List.of(reversed.toString()));
        assertThat(settling.editedPosts()).as("the import knows it wrote an edit").isTrue();
        assertThat(bulk).filteredOn(line -> line.startsWith("Post ") && line.contains("collected=true")).hasSize(6);
        assertThat(bulk).filteredOn(line -> line.contains("-EDIT_OF{}->")).hasSize(1);
    }

    /** twarc1 json2csv rows, some authors known by handle only, load in bulk as in transactions. */
    @Test
    void bulkModeReadsJson2CsvExportsLikeTransactions() throws Exception {
        var bulk = bulkAndTransactional(List.of("importer/samples/twarc-json2csv-sample.csv",
                "src/test/resources/ingest/json2csv/no-user-id.csv"));
        assertThat(bulk).filteredOn(line -> line.contains("-RETWEET_OF{}->")).isNotEmpty();
        assertThat(settling.provisionalTwins()).as("authors by handle only, known by id in other rows").isTrue();
    }

    /**
     * Imports {@code inputs} in bulk (settled as far as the import says there is something to settle,
     * kept in {@link #settling}) and in transactions; asserts the two graphs equal, returns the bulk one.
     */
    private List<String> bulkAndTransactional(List<String> inputs) throws Exception {
        try (var rejects = new RejectsFile(dir.resolve("bulk-rejects.jsonl"))) {
            settling = BulkImport.runMeasured(inputs, null, dir.resolve("bulk"), "neo4j", rejects,
                    new ImportProgress.Silent()).settling();
        }
        List<String> bulk;
        try (var neo4j = open(dir.resolve("bulk"))) {
            new GraphWriter(cypher(neo4j), QUERIES).settleBulkImport(List.of(), settling);
            bulk = dump(neo4j);
        }
        assertFreshAfterReopening(dir.resolve("bulk"),
                bulk.stream().filter(line -> line.contains(" -AMPLIFIED{")).count());
        try (var neo4j = open(dir.resolve("transactional"));
                var rejects = new RejectsFile(dir.resolve("rejects.jsonl"))) {
            new ImportJob(FormatReaders.all(), null).run(inputs, rejects, new ImportProgress.Silent(),
                    new BatchedGraphWrites(cypher(neo4j), QUERIES, 500));
            EmbeddedAmplified.of(neo4j).refresh();
            assertThat(bulk).isEqualTo(dump(neo4j));
        }
        return bulk;
    }

    /** Line breaks in a field switch the offline importer to multi-line reading; text keeps them exactly. */
    @Test
    void lineBreaksInTextSurviveBulkMode() throws Exception {
        var tweets = dir.resolve("multiline.jsonl");
        Files.writeString(tweets, """
                {"id": "919664181761122595", "text": "me too.\\nline two\\r\\n\\"quoted\\", end", "author_id": "7712345", \
                "created_at": "2017-10-15T21:00:00.000Z", "author": {"id": "7712345", "username": "first_voice", \
                "name": "First\\nVoice"}}
                {"id": "919664181761122596", "text": "one line", "author_id": "7712346", \
                "created_at": "2017-10-15T21:00:01.000Z"}
                """);
        try (var rejects = new RejectsFile(dir.resolve("rejects.jsonl"))) {
            var summary = BulkImport.run(List.of(tweets.toString()), null, dir.resolve("bulk"), "neo4j", rejects,
                    new ImportProgress.Silent());
            assertThat(summary.rejected()).isZero();
        }
        try (var neo4j = open(dir.resolve("bulk"))) {
            assertThat(read(neo4j, "MATCH (p:Post) RETURN p.text AS key, 1 AS c").keySet())
                    .containsExactlyInAnyOrder("me too.\nline two\r\n\"quoted\", end", "one line");
            assertThat(read(neo4j, "MATCH (a:Account {id: '7712345'}) RETURN a.name AS key, 1 AS c").keySet())
                    .containsExactly("First\nVoice");
        }
    }

    @Test
    void bulkModeRefusesAnExistingDatabase() throws Exception {
        try (var neo4j = open(dir.resolve("existing"))) {
            assertThat(neo4j.boltUri()).isNotNull();
        }
        try (var rejects = new RejectsFile(dir.resolve("rejects.jsonl"))) {
            assertThatThrownBy(() -> BulkImport.run(List.of("-"), null, dir.resolve("existing"), "neo4j", rejects,
                    new ImportProgress.Silent())).hasMessageContaining("exists already");
        }
    }

    /**
     * A bulk-built store is written by this version, so its data migrations (fixes to what older
     * versions wrote) are recorded by the import and not run; the schema files still run when the
     * application opens it, and every file ends up recorded once.
     */
    @Test
    void aBulkBuiltDatabaseRecordsItsDataMigrationsAndRunsItsSchemaFiles() throws Exception {
        bulkImportCampaign(300, 19);
        var dataOnly = SchemaMigrations.dataOnly();
        assertThat(dataOnly).extracting(SchemaMigration::file).contains("V0003__retweets_keep_own_entities.cypher");
        try (var neo4j = open(dir.resolve("bulk"))) {
            var migrations = new SchemaMigrations(cypher(neo4j), QUERIES);
            assertThat(read(neo4j, "MATCH (m:SchemaMigration) RETURN m.file + ' ' + m.checksum AS key, 1 AS c")
                    .keySet()).containsExactlyInAnyOrderElementsOf(migrations.migrations().stream()
                            .map(migration -> migration.file() + " " + migration.checksum()).toList());
            // Recorded by the import, before the application applied the schema files on opening.
            assertThat(read(neo4j, """
                    MATCH (keys:SchemaMigration {version: 1}), (data:SchemaMigration {version: 3})
                    RETURN toString(data.appliedAt < keys.appliedAt) AS key, 1 AS c""").keySet())
                    .containsExactly("true");
            assertThat(read(neo4j, "SHOW CONSTRAINTS YIELD name RETURN name AS key, 1 AS c").keySet())
                    .contains("account_id", "post_id");
            assertThat(migrations.apply()).isZero();
        }
    }

    /** A generated campaign's tweets (no follows), imported in bulk into {@code dir/bulk}. */
    private void bulkImportCampaign(int posts, long seed) throws Exception {
        var generated = CampaignGenerator.generate(posts, seed, dir.resolve("c.jsonl"), dir.resolve("c.follows.txt"));
        try (var rejects = new RejectsFile(dir.resolve("bulk-rejects.jsonl"))) {
            BulkImport.run(List.of(generated.tweets().toString()), null, dir.resolve("bulk"), "neo4j", rejects,
                    new ImportProgress.Silent());
        }
    }

    private static EmbeddedNeo4j open(Path home) {
        return EmbeddedNeo4j.start(new Neo4jProperties.Embedded(home, "127.0.0.1", 0, "64m"), "neo4j");
    }

    /**
     * The seed story joins a bulk-built database after the offline import (as {@code import --bulk}
     * does) and changes its accounts' interactions: the AMPLIFIED relationships settled for them equal
     * a full build from scratch on the same graph.
     */
    @Test
    void amplifiedSettledAfterTheSeedStoryEqualsAFullBuild() throws Exception {
        bulkImportCampaign(1500, 17);
        try (var neo4j = open(dir.resolve("bulk"))) {
            var target = cypher(neo4j);
            var seedAccounts = new SeedStoryLoader(target, new QueryLibrary(), null, false).load();
            new GraphWriter(target, new QueryLibrary()).settleBulkImport(seedAccounts, BulkSettling.EVERYTHING);
            var graph = EmbeddedAmplified.of(neo4j);
            assertThat(graph.isFresh()).isTrue();
            var settled = amplified(neo4j);
            assertThat(settled).anyMatch(line -> line.endsWith("-> 26642006"));
            boolean settledEveryAccount = graph.marker().everyAccount();
            assertThat(settledEveryAccount).as("whether every account has AMPLIFIED, as settling recorded it")
                    .isEqualTo(read(neo4j, "MATCH (a:Account) WHERE NOT EXISTS { (a)-[:AMPLIFIED]-() } "
                            + "WITH count(a) AS c RETURN 'without' AS key, c").get("without") == 0);
            // Any write makes them stale; the next build starts from scratch.
            target.write(statements -> statements.run("CREATE (:Probe)", Map.of()));
            assertThat(graph.isFresh()).isFalse();
            graph.refresh();
            assertThat(graph.isFresh()).isTrue();
            assertThat(settled).isEqualTo(amplified(neo4j));
            assertThat(graph.marker().everyAccount()).isEqualTo(settledEveryAccount);

            // Settling again after a write never vouches for relationships the server built: stale stays stale.
            target.write(statements -> statements.run("CREATE (:Probe)", Map.of()));
            new GraphWriter(target, new QueryLibrary()).settleBulkImport(seedAccounts, BulkSettling.EVERYTHING);
            assertThat(EmbeddedAmplified.of(neo4j).isFresh()).isFalse();
        }
    }

    /**
     * Whether every account has an AMPLIFIED relationship, as settling records it from the offline
     * import's count and the accounts it changed, is what the graph says: every account of a SNAP
     * activity file interacting; one whose only interaction is with itself (no AMPLIFIED); the seed
     * story joining, some of whose accounts interact with no one.
     */
    @Test
    void settlingRecordsWhetherEveryAccountHasAmplifiedAsTheGraphSays() throws Exception {
        var everyoneInteracts = "1 2 1341100800 RT\n2 3 1341100860 MT\n3 1 1341100920 RE\n";
        assertThat(settledEveryAccount("everyone", everyoneInteracts, false)).containsExactly(true, true);
        assertThat(settledEveryAccount("self", everyoneInteracts + "4 4 1341100980 RT\n", false))
                .containsExactly(false, false);
        assertThat(settledEveryAccount("seed", everyoneInteracts, true)).containsExactly(false, false);
    }

    /** The marker's everyAccount after a bulk import of {@code activity} and settling, then the graph's answer. */
    private List<Boolean> settledEveryAccount(String name, String activity, boolean seedStory) throws Exception {
        var file = Files.writeString(dir.resolve(name + ".txt"), activity);
        BulkImport.Result result;
        try (var rejects = new RejectsFile(dir.resolve(name + "-rejects.jsonl"))) {
            result = BulkImport.runMeasured(List.of(file.toString()), "snap", dir.resolve(name), "neo4j", rejects,
                    new ImportProgress.Silent());
        }
        try (var neo4j = open(dir.resolve(name))) {
            var target = cypher(neo4j);
            var changed = seedStory ? new SeedStoryLoader(target, QUERIES, null, false).load() : List.<String>of();
            // As import --bulk settles: what the import knows, everything once the seed story joined.
            new GraphWriter(target, QUERIES).settleBulkImport(changed,
                    seedStory ? BulkSettling.EVERYTHING : result.settling());
            var without = read(neo4j, "MATCH (a:Account) WHERE NOT EXISTS { (a)-[:AMPLIFIED]-() } "
                    + "WITH count(a) AS c RETURN 'without' AS key, c").get("without");
            return List.of(EmbeddedAmplified.of(neo4j).marker().everyAccount(), without == 0);
        }
    }

    /**
     * A bulk-built database opens with its AMPLIFIED relationships fresh, so no server rebuilds them:
     * a build finds nothing to do and commits nothing.
     */
    private static void assertFreshAfterReopening(Path home, long relationships) {
        try (var neo4j = open(home)) {
            var graph = EmbeddedAmplified.of(neo4j);
            var target = cypher(neo4j);
            assertThat(graph.isFresh()).as("AMPLIFIED fresh after the bulk import").isTrue();
            assertThat(graph.marker().relationships()).isEqualTo(relationships).isPositive();
            long committed = target.lastCommittedTransaction().getAsLong();
            assertThat(graph.refresh().version()).isEqualTo(committed);
            assertThat(target.lastCommittedTransaction().getAsLong()).as("nothing rebuilt").isEqualTo(committed);
        }
    }

    /** The AMPLIFIED relationships, one line each. */
    private static List<String> amplified(EmbeddedNeo4j neo4j) {
        return dump(neo4j).stream().filter(line -> line.contains(" -AMPLIFIED{")).toList();
    }

    private static List<String> dump(EmbeddedNeo4j neo4j) {
        try (var tx = neo4j.database().beginTx()) {
            return GraphDump.withAmplified(tx);
        }
    }

    private static Map<String, Long> read(EmbeddedNeo4j neo4j, String cypher) {
        var result = new TreeMap<String, Long>();
        try (var tx = neo4j.database().beginTx()) {
            tx.execute(cypher).forEachRemaining(row -> result.put((String) row.get("key"), (Long) row.get("c")));
        }
        return result;
    }

    private static EmbeddedCypher cypher(EmbeddedNeo4j neo4j) {
        return new EmbeddedCypher(neo4j.database(), QUERIES);
    }
}
