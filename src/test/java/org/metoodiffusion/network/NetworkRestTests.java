package org.metoodiffusion.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.metoodiffusion.support.ProblemAssert.assertProblem;

import java.io.StringWriter;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.metoodiffusion.support.EmbeddedAppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * {@code GET /api/network} over real HTTP against the seed story: each format and scope answers
 * what the export writes, with its media type and an attachment file name; bad parameters are 400
 * problems.
 */
class NetworkRestTests extends EmbeddedAppTest {

    private static final String INVALID = "urn:metoo-diffusion:problem:invalid-parameter";

    @Autowired
    TestRestTemplate http;

    @Autowired
    NetworkExport export;

    @Test
    void csvTablesOfTheWholeGraph() throws Exception {
        var edges = download("/api/network?scope=all&format=csv&part=edges", "text/csv", "metoo-network-all.edges.csv");
        var lines = edges.getBody().split("\r\n");
        assertThat(lines[0]).isEqualTo("Source,Target,Kind,Weight,Type");
        assertThat(lines.length).as("the seed story has interactions").isGreaterThan(1);
        assertThat(Arrays.asList(lines)).as("a reply to Milano's tweet").anyMatch(line -> line.contains(",26642006,reply,"));
        assertThat(sorted(edges.getBody())).isEqualTo(sorted(written(NetworkFile.EDGES_CSV, NetworkScope.ALL)));
        var nodes = download("/api/network?scope=all&format=csv&part=nodes", "text/csv", "metoo-network-all.nodes.csv");
        assertThat(nodes.getBody()).startsWith("Id,Label,Name,Followers,Provisional,Posts,PostsCollected\r\n")
                .contains("26642006,Alyssa_Milano,");
        assertThat(sorted(nodes.getBody())).isEqualTo(sorted(written(NetworkFile.NODES_CSV, NetworkScope.ALL)));
    }

    @Test
    void gexfAndGraphMlByDefaultOfTheCollectedPosts() throws Exception {
        var gexf = download("/api/network", "application/gexf+xml", "metoo-network-collected.gexf");
        assertThat(NetworkExportTests.parse(gexf.getBody()).getDocumentElement().getAttribute("version")).isEqualTo("1.3");
        var edgeRows = written(NetworkFile.EDGES_CSV, NetworkScope.COLLECTED).split("\r\n").length - 1;
        assertThat(gexf.getBody().split("<edge ", -1)).as("one GEXF edge per table row").hasSize(edgeRows + 1);
        var graphml = download("/api/network?format=graphml&scope=all", "application/graphml+xml",
                "metoo-network-all.graphml");
        assertThat(NetworkExportTests.parse(graphml.getBody()).getDocumentElement().getLocalName()).isEqualTo("graphml");
    }

    @Test
    void badParametersAreProblems() throws Exception {
        assertProblem(http.getForEntity("/api/network?scope=referenced", String.class), 400, INVALID);
        assertProblem(http.getForEntity("/api/network?format=xlsx", String.class), 400, INVALID);
        var part = assertProblem(http.getForEntity("/api/network?format=csv", String.class), 400, INVALID);
        assertThat(part.get("detail").asText()).contains("part=nodes or part=edges");
        assertProblem(http.getForEntity("/api/network?format=gexf&part=nodes", String.class), 400, INVALID);
    }

    private ResponseEntity<String> download(String url, String mediaType, String fileName) {
        var response = http.getForEntity(url, String.class);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        assertThat(response.getHeaders().getContentType().toString()).startsWith(mediaType).contains("UTF-8");
        assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"" + fileName + "\"");
        return response;
    }

    private String written(NetworkFile file, NetworkScope scope) throws Exception {
        var out = new StringWriter();
        export.write(file, scope, out);
        return out.toString();
    }

    private static java.util.List<String> sorted(String csv) {
        return Arrays.stream(csv.split("\r\n")).sorted().toList();
    }
}
