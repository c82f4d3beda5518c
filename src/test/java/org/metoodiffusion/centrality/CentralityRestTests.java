package org.metoodiffusion.centrality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.metoodiffusion.support.ProblemAssert.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.metoodiffusion.support.EmbeddedAppTest;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * The REST endpoints on the seed story, whose interaction graph is the chain Paquin -(reply)->
 * Milano -(mention)-> Burke, through HTTP: JSON and CSV answers, and a 400 problem for every bad
 * parameter.
 */
class CentralityRestTests extends EmbeddedAppTest {

    private static final String PROBLEM = "urn:metoo-diffusion:problem:";

    @Autowired
    TestRestTemplate http;

    @Autowired
    Driver driver;

    /**
     * Unnormalised PageRank with d = 0.85 along the chain (every out-degree 1): Paquin 0.15;
     * Milano 0.15 + 0.85 * 0.15 = 0.2775; Burke 0.15 + 0.85 * 0.2775 = 0.385875.
     */
    @Test
    void pageRankOfTheSeedChainMatchesTheHandComputedValues() throws Exception {
        var body = ok(http.getForEntity("/api/centrality/pagerank", String.class));
        assertThat(body.at("/total").asInt()).isEqualTo(3);
        assertThat(body.at("/items/0/username").asText()).isEqualTo("TaranaBurke");
        assertThat(body.at("/items/0/score").asDouble()).isCloseTo(0.385875, within(1e-6));
        assertThat(body.at("/items/1/username").asText()).isEqualTo("Alyssa_Milano");
        assertThat(body.at("/items/1/id").asText()).isEqualTo("26642006");
        assertThat(body.at("/items/1/score").asDouble()).isCloseTo(0.2775, within(1e-6));
        assertThat(body.at("/items/2/score").asDouble()).isCloseTo(0.15, within(1e-6));
        assertThat(body.at("/computation/parameters/dampingFactor").asDouble()).isEqualTo(0.85);
        assertThat(body.at("/computation/projection/relationships").asInt()).isEqualTo(2);
        var page = ok(http.getForEntity("/api/centrality/pagerank?offset=1&limit=1", String.class));
        assertThat(page.at("/items").size()).isEqualTo(1);
        assertThat(page.at("/items/0/rank").asInt()).isEqualTo(2);
    }

    @Test
    void csvOnRequest() {
        var headers = new HttpHeaders();
        headers.set(HttpHeaders.ACCEPT, "text/csv");
        var response = http.exchange("/api/centrality/pagerank?limit=2", HttpMethod.GET, new HttpEntity<>(headers),
                String.class);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("text/csv");
        var lines = response.getBody().split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).isEqualTo("rank,id,username,score");
        assertThat(response.getBody()).contains(",TaranaBurke,0.385875");
        var problem = http.exchange("/api/centrality/fame", HttpMethod.GET, new HttpEntity<>(headers), String.class);
        assertThat(problem.getStatusCode().value()).isEqualTo(400);
    }

    @Test
    void distributionOfAMeasure() throws Exception {
        var body = ok(http.getForEntity("/api/centrality/in-degree/distribution?kinds=reply,mention", String.class));
        assertThat(body.at("/count").asInt()).isEqualTo(3);
        assertThat(body.at("/min").asDouble()).isEqualTo(0.0);
        assertThat(body.at("/max").asDouble()).isEqualTo(1.0);
        assertThat(body.at("/mean").asDouble()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(body.at("/percentiles/p50").asDouble()).isEqualTo(1.0);
        assertThat(body.at("/percentiles/p1").asDouble()).isEqualTo(0.0);
    }

    @Test
    void oneAccountAcrossMeasures() throws Exception {
        var body = ok(http.getForEntity("/api/accounts/26642006/centrality?measures=pagerank,in-degree,wcc,betweenness",
                String.class));
        assertThat(body.at("/username").asText()).isEqualTo("Alyssa_Milano");
        assertThat(body.at("/measures/0/measure").asText()).isEqualTo("pagerank");
        assertThat(body.at("/measures/0/score").asDouble()).isCloseTo(0.2775, within(1e-6));
        assertThat(body.at("/measures/0/rank").asInt()).isEqualTo(2);
        assertThat(body.at("/measures/2/communitySize").asInt()).isEqualTo(3);
        assertThat(body.at("/measures/3/score").asDouble()).isEqualTo(1.0);
        assertThat(body.at("/measures/3/method").asText()).startsWith("exact");
        var all = ok(http.getForEntity("/api/accounts/26642006/centrality", String.class));
        assertThat(all.at("/measures").size()).isEqualTo(Measure.values().length);
        var outside = ok(http.getForEntity("/api/accounts/26642006/centrality?measures=pagerank&kinds=retweet",
                String.class));
        assertThat(outside.at("/measures/0/inProjection").asBoolean()).isFalse();
        assertProblem(http.getForEntity("/api/accounts/999/centrality", String.class), 404, PROBLEM + "not-found");
    }

    @Test
    void communitiesAndBridges() throws Exception {
        var louvain = ok(http.getForEntity("/api/communities/wcc", String.class));
        assertThat(louvain.at("/communities").asInt()).isEqualTo(1);
        assertThat(louvain.at("/items/0/size").asInt()).isEqualTo(3);
        var id = louvain.at("/items/0/communityId").asLong();
        var members = ok(http.getForEntity("/api/communities/wcc/" + id + "?limit=2", String.class));
        assertThat(members.at("/size").asInt()).isEqualTo(3);
        assertThat(members.at("/items").size()).isEqualTo(2);
        var bridges = ok(http.getForEntity("/api/centrality/bridges", String.class));
        assertThat(bridges.at("/total").asInt()).isEqualTo(2);
        assertProblem(http.getForEntity("/api/communities/wcc/123456789", String.class), 404, PROBLEM + "not-found");
    }

    @Test
    void everyBadParameterIsA400Problem() throws Exception {
        for (var url : new String[] {
            "/api/centrality/fame",
            "/api/centrality/pagerank?limit=-1",
            "/api/centrality/pagerank?offset=-3",
            "/api/centrality/pagerank?from=2017-10-17&to=2017-10-15",
            "/api/centrality/pagerank?from=yesterday",
            "/api/centrality/betweenness?samplingSize=0",
            "/api/centrality/betweenness?samplingSize=100000000000",
            "/api/centrality/pagerank?samplingSize=10",
            "/api/centrality/pagerank?dampingFactor=1.5",
            "/api/centrality/pagerank?kinds=like",
            "/api/centrality/pagerank?level=hashtag",
            "/api/centrality/pagerank?level=post&kinds=mention",
            "/api/centrality/pagerank?timeout=0",
            "/api/centrality/pagerank?timeout=100000",
            "/api/centrality/louvain",
            "/api/communities/pagerank",
            "/api/accounts/26642006/centrality?level=post",
            "/api/accounts/26642006/centrality?measures=pagerank&samplingSize=5",
        }) {
            var body = assertProblem(http.getForEntity(url, String.class), 400, PROBLEM + "invalid-parameter");
            assertThat(body.get("detail").asText()).as(url).isNotBlank();
        }
        assertProblem(http.getForEntity("/api/accounts/9.825813237296947e+17/centrality", String.class), 400,
                PROBLEM + "invalid-id");
        var wrongType = http.getForEntity("/api/centrality/pagerank?maxIterations=many", String.class);
        assertThat(wrongType.getStatusCode().value()).isEqualTo(400);
        assertThat(wrongType.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertProblem(http.postForEntity("/api/centrality/pagerank/write?writeProperty=username", null, String.class),
                400, PROBLEM + "invalid-parameter");
        assertProblem(http.postForEntity("/api/centrality/pagerank/write?writeProperty=bad-name", null, String.class),
                400, PROBLEM + "invalid-parameter");
    }

    /**
     * A computation keeps its projection for the next one on the same graph: a second measure on
     * the same projection (a window no other test asks for) projects nothing. GDS's catalog is one
     * per JVM, shared by every test context, so only the graphs that appeared during these requests count.
     */
    @Test
    void aSecondMeasureReusesTheKeptProjection() throws Exception {
        var before = GdsCatalog.graphNames(driver);
        var first = ok(http.getForEntity("/api/centrality/articlerank?limit=1&from=2001-02-03", String.class));
        assertThat(first.at("/computation/projection/reused").asBoolean()).isFalse();
        var kept = new java.util.HashSet<>(GdsCatalog.graphNames(driver));
        kept.removeAll(before);
        assertThat(kept).as("the one projection this request made").hasSize(1);
        var second = ok(http.getForEntity("/api/centrality/pagerank?limit=1&from=2001-02-03", String.class));
        assertThat(second.at("/computation/projection/reused").asBoolean()).isTrue();
        assertThat(second.at("/computation/projection/nodes").asLong())
                .isEqualTo(first.at("/computation/projection/nodes").asLong());
        var after = new java.util.HashSet<>(GdsCatalog.graphNames(driver));
        after.removeAll(before);
        assertThat(after).as("no new projection").isEqualTo(kept);
    }

    @Test
    void openApiDocumentsTheEndpointsWithExamples() throws Exception {
        var api = ok(http.getForEntity("/v3/api-docs", String.class));
        for (var path : new String[] {"/api/centrality/{measure}", "/api/centrality/{measure}/distribution",
            "/api/centrality/{measure}/write", "/api/accounts/{id}/centrality", "/api/communities/{algorithm}",
            "/api/communities/{algorithm}/{communityId}", "/api/centrality/bridges"}) {
            assertThat(api.at("/paths").has(path)).as(path).isTrue();
        }
        var top = api.at("/paths/~1api~1centrality~1{measure}/get");
        assertThat(top.at("/responses/200/content/text~1csv").isMissingNode()).isFalse();
        assertThat(top.at("/responses/200/content/application~1json/examples/pagerank").isMissingNode()).isFalse();
        assertThat(top.toString()).contains("samplingSize", "dampingFactor", "kinds", "from", "to", "limit", "offset");
    }

    private static JsonNode ok(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        return new ObjectMapper().readTree(response.getBody());
    }
}
