package org.metoodiffusion.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metoodiffusion.generate.CampaignGenerator;
import org.metoodiffusion.store.EmbeddedNeo4j;
import org.metoodiffusion.store.Neo4jProperties;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

/**
 * An import killed with SIGKILL half-way (a real child process), then run again, ends with the
 * graph of an uninterrupted import: committed batches survive, the rest is merged on the re-run.
 */
class ImportResumeTests {

    @TempDir
    Path dir;

    private final StringBuilder output = new StringBuilder();

    @Test
    void anImportKilledHalfWayCompletesWhenRunAgain() throws Exception {
        var generated = CampaignGenerator.generate(30_000, 42, dir.resolve("c.jsonl"), dir.resolve("c.follows.txt"));
        var files = List.of(generated.tweets().toString(), generated.follows().toString());

        assertThat(runImport(dir.resolve("whole"), files, false)).as(output::toString).isZero();

        int killedAt = runImport(dir.resolve("killed"), files, true);
        assertThat(killedAt).as("the import was still running when it was killed: %s", output).isEqualTo(-9);
        assertThat(runImport(dir.resolve("killed"), files, false)).as(output::toString).isZero();

        assertThat(counts(dir.resolve("killed"))).isEqualTo(counts(dir.resolve("whole")));
    }

    /** Runs the import command in a child JVM; with {@code kill}, SIGKILLs it after its second progress line. */
    private int runImport(Path dataDir, List<String> files, boolean kill) throws Exception {
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.metoodiffusion.cli.MetooDiffusion", "import",
                "--data-dir", dataDir.toString(), "--no-seed", "--batch-size", "100",
                "--rejects", dataDir.resolve("rejects.jsonl").toString()));
        command.addAll(files);
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("METOO_PROGRESS_SECONDS", "1");
        var process = builder.start();
        int progressLines = 0;
        try (var output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = output.readLine()) != null) {
                this.output.append(line).append('\n');
                if (line.startsWith("import: ") && ++progressLines == 2 && kill) {
                    if (!process.isAlive()) {
                        break;
                    }
                    process.destroyForcibly();
                    process.waitFor(30, TimeUnit.SECONDS);
                    return -9;
                }
            }
        }
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return process.exitValue();
    }

    private static Map<String, Long> counts(Path dataDir) {
        var counts = new TreeMap<String, Long>();
        try (var neo4j = EmbeddedNeo4j.start(new Neo4jProperties.Embedded(dataDir, "127.0.0.1", 0, "64m"), "neo4j");
                var driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
            driver.executableQuery("MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS c").execute()
                    .records().forEach(r -> counts.put(r.get("label").asString(), r.get("c").asLong()));
            driver.executableQuery("MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS c").execute()
                    .records().forEach(r -> counts.put(r.get("type").asString(), r.get("c").asLong()));
        }
        return counts;
    }
}
