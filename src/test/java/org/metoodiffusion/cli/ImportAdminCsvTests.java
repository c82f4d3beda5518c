package org.metoodiffusion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metoodiffusion.generate.CampaignGenerator;
import org.metoodiffusion.store.EmbeddedNeo4j;
import org.metoodiffusion.store.Neo4jProperties;
import org.metoodiffusion.support.EmbeddedAmplified;
import org.metoodiffusion.support.GraphDump;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import picocli.CommandLine;

/**
 * {@code import --emit-admin-csv}: the printed neo4j-admin command, run as printed through Neo4j's
 * offline importer in-process, and {@code import --settle -a bolt://...} through Bolt build the same
 * graph as a transactional import, count for count and node for node; bad combinations are refused.
 */
class ImportAdminCsvTests {

    private static final String COUNTS = """
            CALL { MATCH (n) UNWIND labels(n) AS key RETURN key, count(*) AS c
                   UNION ALL MATCH ()-[r]->() RETURN type(r) AS key, count(*) AS c
                   UNION ALL MATCH (p:Post {collected: true}) RETURN 'collected posts' AS key, count(*) AS c
                   UNION ALL MATCH (p:Post {observed: false}) RETURN 'placeholders' AS key, count(*) AS c
                   UNION ALL MATCH (a:Account) WHERE a.id STARTS WITH '@' RETURN 'provisional' AS key, count(*) AS c
                   UNION ALL MATCH (a:Account) WHERE a.handle IS NOT NULL RETURN 'handles' AS key, count(*) AS c }
            RETURN key, c""";
    private static final String ADMIN = "  neo4j-admin database import full ";

    @TempDir
    Path dir;

    @Test
    void theEmittedFilesBuildWhatATransactionalImportBuilds() throws Exception {
        var generated = CampaignGenerator.generate(1500, 21, dir.resolve("c.jsonl"), dir.resolve("c.follows.txt"));
        // Not the campaign's tweets with the samples: bulk mode keeps the first description of a post or
        // profile whole, where transactions fill its gaps from later ones (Milano's tweet is in both).
        var inputs = List.of("importer/samples/twarc-json2csv-sample.csv",
                "src/test/resources/ingest/json2csv/no-user-id.csv", generated.follows().toString());

        var emitted = run("import", "--emit-admin-csv", dir.resolve("admin").toString(), "-d", "metoo", "--no-seed",
                "--rejects", dir.resolve("r1.jsonl").toString(), "-q", inputs.get(0), inputs.get(1), inputs.get(2));
        assertThat(emitted.code()).as(emitted.text()).isZero();
        var command = emitted.text().lines().filter(line -> line.startsWith(ADMIN)).findFirst().orElseThrow();
        assertThat(command).contains("--nodes=Account=", "--relationships=AMPLIFIED=", "--id-type=integer")
                .endsWith(" metoo");
        assertThat(emitted.text()).contains("import --settle -a neo4j://");
        try (var files = Files.list(dir.resolve("admin"))) {
            assertThat(files.map(file -> file.getFileName().toString())).as("the CSV files only, no table left behind")
                    .contains("posts.csv", "amplified.csv", "materialised-graphs.csv").allMatch(name -> name.endsWith(".csv"));
        }
        // Node ids link the files; the keys are properties of their own.
        assertThat(Files.readAllLines(dir.resolve("admin").resolve("posts.csv")).get(0)).startsWith(":ID(Post),collected:boolean,id,");

        // The command as printed, through neo4j-admin's code path, into a server's home of its own.
        var server = dir.resolve("server");
        var logs = new StringWriter();
        var context = new ExecutionContext(server, Files.createDirectories(server.resolve("conf")),
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()),
                new DefaultFileSystemAbstraction());
        var arguments = new ArrayList<>(Arrays.asList(command.substring(ADMIN.length()).split(" ")));
        // Its report goes to the working directory unless told otherwise: not into the repository.
        arguments.add(arguments.size() - 1, "--report-file=" + server.resolve("import.report"));
        assertThat(new CommandLine(new org.neo4j.importer.ImportCommand.Full(context)).setErr(new PrintWriter(logs))
                .execute(arguments.toArray(String[]::new))).as(logs.toString()).isZero();

        Map<String, Long> emittedCounts;
        List<String> emittedGraph;
        try (var neo4j = open(server, "metoo")) {
            // The follow-up step the command prints: the application settles the database through Bolt.
            var settled = run("import", "--settle", "-a", neo4j.boltUri().toString(), "-d", "metoo", "--no-seed");
            assertThat(settled.code()).as(settled.text()).isZero();
            assertThat(settled.text()).containsPattern("Settled: [1-9][\\d,]* provisional account\\(s\\) merged");
            emittedCounts = read(neo4j, COUNTS);
            emittedGraph = dump(neo4j);
        }

        var data = dir.resolve("transactional");
        var imported = run("import", "--data-dir", data.toString(), "--no-seed", "-q", "--rejects",
                dir.resolve("r2.jsonl").toString(), inputs.get(0), inputs.get(1), inputs.get(2));
        assertThat(imported.code()).as(imported.text()).isZero();
        try (var neo4j = open(data, "neo4j")) {
            EmbeddedAmplified.of(neo4j).refresh();
            assertThat(emittedCounts).containsKeys("Account", "Post", "Hashtag", "SchemaMigration", "POSTED",
                    "REPLY_TO", "RETWEET_OF", "MENTIONS", "FOLLOWS", "AMPLIFIED", "collected posts");
            assertThat(emittedCounts).isEqualTo(read(neo4j, COUNTS));
            var transactional = dump(neo4j);
            assertThat(Map.of("only emitted", without(emittedGraph, transactional),
                    "only transactional", without(transactional, emittedGraph)))
                    .allSatisfy((side, lines) -> assertThat(lines).isEmpty());
            assertThat(emittedGraph).isEqualTo(transactional);
        }
    }

    @Test
    void aNonEmptyDirectoryOrAnIncompatibleOptionIsRefused() throws Exception {
        Files.writeString(Files.createDirectories(dir.resolve("full")).resolve("x.csv"), "x");
        assertRefused("is not empty", "import", "--emit-admin-csv", dir.resolve("full").toString(), "x.jsonl");
        assertThat(Files.readString(dir.resolve("full").resolve("x.csv"))).isEqualTo("x");
        assertRefused("--bulk", "import", "--emit-admin-csv", dir.resolve("new").toString(), "--bulk", "x.jsonl");
        assertRefused("-a", "import", "--emit-admin-csv", dir.resolve("new").toString(), "-a", "bolt://localhost:7687");
        assertRefused("no INPUT", "import", "--settle", "x.jsonl");
        assertThat(dir.resolve("new")).doesNotExist();
    }

    private static void assertRefused(String message, String... arguments) {
        var err = new StringWriter();
        int code = MetooDiffusion.commandLine().setErr(new PrintWriter(err)).execute(arguments);
        assertThat(code).as(err.toString()).isEqualTo(2);
        assertThat(err.toString()).contains(message);
    }

    private record Output(int code, String text) {
    }

    private static Output run(String... arguments) {
        var captured = new ByteArrayOutputStream();
        var out = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            int code = MetooDiffusion.commandLine().execute(arguments);
            return new Output(code, captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
        }
    }

    private static EmbeddedNeo4j open(Path home, String database) {
        return EmbeddedNeo4j.start(new Neo4jProperties.Embedded(home, "127.0.0.1", 0, "64m"), database);
    }

    private static List<String> dump(EmbeddedNeo4j neo4j) {
        try (var tx = neo4j.database().beginTx()) {
            return GraphDump.withAmplified(tx);
        }
    }

    private static List<String> without(List<String> lines, List<String> others) {
        var left = new ArrayList<>(lines);
        left.removeAll(new java.util.HashSet<>(others));
        return left;
    }

    private static Map<String, Long> read(EmbeddedNeo4j neo4j, String cypher) {
        var result = new TreeMap<String, Long>();
        try (var tx = neo4j.database().beginTx()) {
            tx.execute(cypher).forEachRemaining(row -> result.put((String) row.get("key"), (Long) row.get("c")));
        }
        return result;
    }
}
