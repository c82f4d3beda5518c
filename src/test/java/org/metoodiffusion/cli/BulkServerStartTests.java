package org.metoodiffusion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metoodiffusion.MetooDiffusionApplication;
import org.metoodiffusion.amplified.AmplifiedGraph;
import org.metoodiffusion.generate.CampaignGenerator;
import org.metoodiffusion.store.EmbeddedNeo4j;
import org.metoodiffusion.cypher.QueryLibrary;
import org.metoodiffusion.store.EmbeddedCypher;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;

/**
 * A database fresh from {@code import --bulk} (seed story included) serves centrality from the
 * materialised AMPLIFIED relationships at once, and the server's start builds nothing: the marker
 * the import left is the one the server finds, and the graph's version does not move.
 */
class BulkServerStartTests {

    private static final String BUILT_AT = "MATCH (m:MaterialisedGraph {name: 'AMPLIFIED'}) RETURN toString(m.builtAt) AS builtAt";

    @TempDir
    Path dir;

    @Test
    void aBulkBuiltDatabaseServesMaterialisedCentralityWithoutARebuild() throws Exception {
        var generated = CampaignGenerator.generate(2000, 5, dir.resolve("c.jsonl"), dir.resolve("c.follows.txt"));
        var home = dir.resolve("data");
        int code = MetooDiffusion.commandLine().execute("import", "--bulk", "-q", "--data-dir", home.toString(),
                "--rejects", dir.resolve("rejects.jsonl").toString(), generated.tweets().toString(),
                generated.follows().toString());
        assertThat(code).isZero();

        try (var context = new SpringApplicationBuilder(MetooDiffusionApplication.class)
                .web(WebApplicationType.SERVLET).logStartupInfo(false).run("--server.address=127.0.0.1",
                        "--server.port=0", "--metoo.neo4j.embedded.bolt-port=0", "--metoo.neo4j.embedded.data-dir=" + home,
                        "--metoo.seed.crowd-posts=0", "--metoo.centrality.warm-up=false")) {
            var amplified = context.getBean(AmplifiedGraph.class);
            var target = new EmbeddedCypher(context.getBean(EmbeddedNeo4j.class).database(), new QueryLibrary());
            String builtAt = builtAt(target);
            long version = target.lastCommittedTransaction().getAsLong();
            assertThat(amplified.isFresh()).as("fresh as the import left it").isTrue();
            assertThat(amplified.marker().relationships()).isPositive();

            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            context.getBean(EmbeddedNeo4j.class).awaitProcedures(Duration.ofMinutes(3));
            var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/api/centrality/pagerank?limit=5")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(new ObjectMapper().readTree(response.body()).at("/computation/projection/materialised")
                    .asBoolean()).as(response.body()).isTrue();

            // The background refresh the server queued at start found nothing to do.
            Thread.sleep(2000);
            assertThat(builtAt(target)).isEqualTo(builtAt);
            assertThat(target.lastCommittedTransaction().getAsLong()).as("nothing written").isEqualTo(version);
        }
    }

    private static String builtAt(EmbeddedCypher target) {
        var rows = new java.util.ArrayList<Map<String, Object>>();
        target.write(statements -> rows.addAll(statements.query(BUILT_AT, Map.of())));
        return List.copyOf(rows).get(0).get("builtAt").toString();
    }
}
