package org.metoodiffusion.influence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.metoodiffusion.support.ProblemAssert.assertProblem;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.metoodiffusion.support.EmbeddedAppTest;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * The model and influence endpoints on a reply cascade added to the seed story: root R by im-root,
 * answered by im-1 and im-2; im-3 answers im-1's reply. Each account posts once and every answer is
 * certain (A_v2u = A_v = 1), so the fitted model reproduces the cascade in every run: 4 accounts,
 * depth 2, structural virality 2 x (2x2 + 1x3 + 1x3) / (4 x 3) = 5/3.
 */
class ModelRestTests extends EmbeddedAppTest {

    private static final String PROBLEM = "urn:metoo-diffusion:problem:";
    private static final String ROOT = "1700000000000000001";

    @Autowired
    TestRestTemplate http;

    @Autowired
    Driver driver;

    @BeforeEach
    void cascade() {
        driver.executableQuery("""
                UNWIND $posts AS p
                MERGE (a:Account {id: p.author}) SET a.username = p.author
                CREATE (a)-[:POSTED]->(:Post {id: p.id, createdAt: datetime(p.at), observed: true, collected: true})
                WITH p WHERE p.parent <> ''
                MATCH (child:Post {id: p.id}), (parent:Post {id: p.parent})
                CREATE (child)-[:REPLY_TO]->(parent)
                """).withParameters(Map.of("posts", List.of(
                Map.of("id", ROOT, "author", "im-root", "at", "2017-10-21T12:00:00Z", "parent", ""),
                Map.of("id", "1700000000000000002", "author", "im-1", "at", "2017-10-21T12:10:00Z", "parent", ROOT),
                Map.of("id", "1700000000000000003", "author", "im-2", "at", "2017-10-21T12:20:00Z", "parent", ROOT),
                Map.of("id", "1700000000000000004", "author", "im-3", "at", "2017-10-21T12:30:00Z",
                        "parent", "1700000000000000002")))).execute();
    }

    @AfterEach
    void leaveTheSeedStoryAsItWas() {
        driver.executableQuery("MATCH (a:Account) WHERE a.id STARTS WITH 'im-' OPTIONAL MATCH (a)-[:POSTED]->(p:Post) "
                + "DETACH DELETE a, p").execute();
    }

    @Test
    void aCertainModelReproducesTheCascade() throws Exception {
        var fit = ok(http.getForEntity("/api/cascades/" + ROOT + "/model?runs=200&seed=5", String.class));
        assertThat(fit.at("/level").asText()).isEqualTo("post");
        assertThat(fit.at("/seeds/0/id").asText()).isEqualTo("im-root");
        assertThat(fit.at("/runs").asInt()).isEqualTo(200);
        assertThat(fit.at("/size/observed").asDouble()).isEqualTo(4);
        assertThat(fit.at("/size/simulated/mean").asDouble()).isEqualTo(4);
        assertThat(fit.at("/size/simulated/p10").asDouble()).isEqualTo(4);
        assertThat(fit.at("/depth/observed").asDouble()).isEqualTo(2);
        assertThat(fit.at("/depth/simulated/p90").asDouble()).isEqualTo(2);
        assertThat(fit.at("/structuralVirality/observed").asDouble()).isCloseTo(5 / 3.0, within(1e-12));
        assertThat(fit.at("/structuralVirality/simulated/mean").asDouble()).isCloseTo(5 / 3.0, within(1e-12));
        assertThat(fit.at("/sizePercentile").asDouble()).isEqualTo(1.0);
        assertThat(fit.at("/adoption").findValuesAsText("observed")).containsExactly("1", "3", "4");
        assertThat(fit.at("/adoption").findValuesAsText("simulatedMean")).containsExactly("1.0", "3.0", "4.0");
        assertThat(fit.at("/model/estimator").asText()).contains("Goyal");
        // The same seed, the same answer.
        assertThat(ok(http.getForEntity("/api/cascades/" + ROOT + "/model?runs=200&seed=5", String.class))).isEqualTo(fit);
    }

    @Test
    void twoSeedsAreTheRootsAuthorAndItsFirstAdopter() throws Exception {
        var fit = ok(http.getForEntity("/api/cascades/" + ROOT + "/model?runs=10&seeds=2", String.class));
        assertThat(fit.at("/seeds").findValuesAsText("id")).containsExactly("im-root", "im-1");
        // Both seeds at hop 0; im-2 (answering the root) and im-3 (answering im-1) at hop 1.
        assertThat(fit.at("/adoption").findValuesAsText("observed")).containsExactly("2", "4");
        assertThat(fit.at("/depth/simulated/mean").asDouble()).isEqualTo(1);
    }

    @Test
    void theChartIsAPicture() {
        var png = http.getForEntity("/api/cascades/" + ROOT + "/model.png?runs=50&width=600&height=400", byte[].class);
        assertThat(png.getStatusCode().value()).isEqualTo(200);
        assertThat(png.getHeaders().getContentType()).hasToString("image/png");
        assertThat(png.getBody()).startsWith(0x89, 'P', 'N', 'G');
        var svg = http.getForEntity("/api/cascades/" + ROOT + "/model.svg?runs=50", String.class);
        assertThat(svg.getBody()).contains("<svg", "Observed vs fitted Independent Cascade");
    }

    @Test
    void influenceComparesCelfWithPageRankAndOutDegreeOnTheSameRuns() throws Exception {
        var answer = ok(http.getForEntity("/api/influence?k=2&runs=100&seed=3", String.class));
        assertThat(answer.at("/sets").findValuesAsText("method")).containsExactly("celf", "pagerank", "out-degree");
        assertThat(answer.at("/sets/0/accounts")).hasSize(2);
        // im-root reaches all four of its cascade's accounts with certainty: CELF picks it first.
        assertThat(answer.at("/sets/0/accounts/0/id").asText()).isEqualTo("im-root");
        assertThat(answer.at("/sets/0/accounts/0/score").asDouble()).isEqualTo(4);
        double celf = answer.at("/sets/0/expectedSpread").asDouble();
        assertThat(celf).isGreaterThanOrEqualTo(answer.at("/sets/1/expectedSpread").asDouble())
                .isGreaterThanOrEqualTo(answer.at("/sets/2/expectedSpread").asDouble());
        assertThat(ok(http.getForEntity("/api/influence?k=2&runs=100&seed=3", String.class))).isEqualTo(answer);
    }

    @Test
    void openApiDocumentsTheEndpoints() throws Exception {
        var paths = ok(http.getForEntity("/v3/api-docs", String.class)).at("/paths");
        assertThat(paths.has("/api/cascades/{root}/model")).isTrue();
        assertThat(paths.has("/api/cascades/{root}/model.png")).isTrue();
        assertThat(paths.at("/~1api~1influence/get/parameters").toString()).contains("\"k\"", "\"runs\"", "\"seed\"");
    }

    @Test
    void badParametersAndUnknownRootsAreProblems() throws Exception {
        for (String query : List.of("runs=0", "runs=10001", "seeds=0", "seeds=101")) {
            assertProblem(http.getForEntity("/api/cascades/" + ROOT + "/model?" + query, String.class), 400,
                    PROBLEM + "invalid-parameter");
        }
        for (String query : List.of("k=0", "k=101", "runs=0", "runs=1001")) {
            assertProblem(http.getForEntity("/api/influence?" + query, String.class), 400, PROBLEM + "invalid-parameter");
        }
        // Not a number: Spring's own type-mismatch problem.
        assertThat(http.getForEntity("/api/cascades/" + ROOT + "/model?runs=many", String.class).getStatusCode().value())
                .isEqualTo(400);
        assertProblem(http.getForEntity("/api/cascades/1234567890123456789/model", String.class), 404,
                PROBLEM + "not-found");
    }

    private static JsonNode ok(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        return new ObjectMapper().readTree(response.getBody());
    }
}
