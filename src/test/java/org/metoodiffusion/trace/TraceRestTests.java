package org.metoodiffusion.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.metoodiffusion.support.ProblemAssert.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.metoodiffusion.support.EmbeddedAppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/** Tracing over REST on the seed story, whose answers are known from the sources. */
class TraceRestTests extends EmbeddedAppTest {

    private static final String PROBLEM = "urn:metoo-diffusion:problem:";

    @Autowired
    TestRestTemplate http;

    @Test
    void milanosCascadeHoldsTheReplyToHerTweet() throws Exception {
        var metrics = ok(http.getForEntity("/api/cascades/milano", String.class));
        assertThat(metrics.at("/root").asText()).isEqualTo("milano");
        assertThat(metrics.at("/posts").asInt()).isEqualTo(2);
        assertThat(metrics.at("/accounts").asInt()).isEqualTo(2);
        assertThat(metrics.at("/depth").asInt()).isEqualTo(1);
        assertThat(metrics.at("/start").asText()).isEqualTo("2017-10-15T20:21:11Z");
        assertThat(metrics.at("/firstAdopters/0/username").asText()).isEqualTo("AnnaPaquin");

        var nodes = ok(http.getForEntity("/api/cascades/919659438700670976/nodes?size=10", String.class));
        assertThat(nodes.at("/total").asInt()).isEqualTo(2);
        assertThat(nodes.at("/nodes/1/post").asText()).isEqualTo("919699405009846272");
        assertThat(nodes.at("/nodes/1/link").asText()).isEqualTo("REPLY");
        assertThat(nodes.at("/nodes/1/parent").asInt()).isZero();

        var edges = ok(http.getForEntity("/api/cascades/burke/edges?size=1&page=1", String.class));
        assertThat(edges.at("/total").asInt()).isEqualTo(2);
        assertThat(edges.at("/edges").size()).isEqualTo(1);
        assertThat(edges.at("/edges/0/source").asText()).isEqualTo("burke");
        assertThat(edges.at("/edges/0/kind").asText()).isEqualTo("CREDITS");
    }

    @Test
    void milanosSixDecemberTweetConnectsToBurke() throws Exception {
        var path = ok(http.getForEntity("/api/cascades/burke/path?to=938407678571446272", String.class));
        assertThat(path.at("/reachable").asBoolean()).isTrue();
        assertThat(path.at("/hops").size()).isEqualTo(1);
        assertThat(path.at("/hops/0/kind").asText()).isEqualTo("CREDITS");
        assertThat(path.at("/hops/0/toUsername").asText()).isEqualTo("Alyssa_Milano");

        var burke = ok(http.getForEntity("/api/cascades/burke", String.class));
        assertThat(burke.at("/rootLabel").asText()).contains("Tarana Burke").contains("2006");
        assertThat(burke.at("/posts").asInt()).isEqualTo(2);
    }

    @Test
    void influencePathToAnAccountIsTimeRespectingOrClearlyNotReachable() throws Exception {
        var paquin = ok(http.getForEntity("/api/cascades/milano/path?to=@AnnaPaquin", String.class));
        assertThat(paquin.at("/reachable").asBoolean()).isTrue();
        assertThat(paquin.at("/timeRespecting").asBoolean()).isTrue();
        assertThat(paquin.at("/hops/0/fromUsername").asText()).isEqualTo("Alyssa_Milano");
        assertThat(paquin.at("/hops/0/kind").asText()).isEqualTo("REPLY");
        assertThat(paquin.at("/hops/0/time").asText()).isEqualTo("2017-10-15T23:00:00Z");

        var gaga = ok(http.getForEntity("/api/cascades/milano/path?to=@ladygaga", String.class));
        assertThat(gaga.at("/reachable").asBoolean()).isFalse();
        assertThat(gaga.at("/hops").size()).isZero();
        assertThat(gaga.at("/reason").asText()).startsWith("Not reachable").contains("@ladygaga");
    }

    @Test
    void attributionSplitsParticipantsBetweenTheRoots() throws Exception {
        var totals = ok(http.getForEntity("/api/attribution", String.class));
        // Milano's cascade: Milano, Paquin; Burke's: Milano; #metoo: Perrette, Lyonne, Gaga, Union, Milano
        assertThat(totals.at("/participants").asLong()).isEqualTo(6);
        assertThat(totals.at("/both").asLong()).isEqualTo(1);
        assertThat(totals.at("/milanoOnly").asLong()).isEqualTo(1);
        assertThat(totals.at("/burkeOnly").asLong()).isZero();
        assertThat(totals.at("/neither").asLong()).isEqualTo(4);

        var milano = ok(http.getForEntity("/api/attribution/accounts/26642006", String.class));
        assertThat(milano.at("/category").asText()).isEqualTo("BOTH");
        assertThat(milano.at("/fromBurke/hops/0/toPost").asText()).isEqualTo("920016494392246272");
        var paquin = ok(http.getForEntity("/api/attribution/accounts/@annapaquin", String.class));
        assertThat(paquin.at("/category").asText()).isEqualTo("MILANO");
    }

    @Test
    void adoptionOfTheHashtagPerDaySplitsNewAdoptersByRoot() throws Exception {
        var series = ok(http.getForEntity("/api/adoption?root=hashtag:metoo&bucket=day", String.class));
        assertThat(series.at("/posts").asLong()).isEqualTo(5);
        assertThat(series.at("/accounts").asLong()).isEqualTo(5);
        // 16 Oct to 6 Dec 2017 inclusive, empty days kept
        assertThat(series.at("/buckets").size()).isEqualTo(52);
        assertThat(series.at("/buckets/0/start").asText()).isEqualTo("2017-10-16T00:00:00Z");
        assertThat(series.at("/buckets/0/posts").asLong()).isEqualTo(4);
        assertThat(series.at("/buckets/0/newAccountsByRoot/neither").asLong()).isEqualTo(4);
        assertThat(series.at("/buckets/51/newAccountsByRoot/both").asLong()).isEqualTo(1);
        assertThat(series.at("/buckets/51/cumulativeAccounts").asLong()).isEqualTo(5);
    }

    @Test
    void methodsCompareSideBySide() throws Exception {
        var comparison = ok(http.getForEntity("/api/cascades/milano/compare?top=3", String.class));
        assertThat(comparison.size()).isEqualTo(3);
        assertThat(comparison.at("/0/metrics/method").asText()).isEqualTo("platform");
        assertThat(comparison.at("/2/metrics/method").asText()).isEqualTo("interaction");
        assertThat(comparison.at("/0/topAccounts/0/username").asText()).isEqualTo("Alyssa_Milano");
        assertThat(comparison.at("/0/topAccounts/0/descendants").asLong()).isEqualTo(1);
    }

    @Test
    void openApiDocumentsTheTracingEndpoints() throws Exception {
        var paths = ok(http.getForEntity("/v3/api-docs", String.class)).at("/paths");
        for (String path : new String[] {"/api/cascades/{root}", "/api/cascades/{root}/nodes",
                "/api/cascades/{root}/edges", "/api/cascades/{root}/compare", "/api/cascades/{root}/path", "/api/adoption", "/api/attribution",
                "/api/attribution/accounts/{account}"}) {
            assertThat(paths.has(path)).as(path).isTrue();
        }
    }

    @Test
    void badRequestsAreProblems() throws Exception {
        assertProblem(http.getForEntity("/api/cascades/nobody", String.class), 400, PROBLEM + "invalid-parameter");
        assertProblem(http.getForEntity("/api/cascades/9.196594387006709e+17", String.class), 400, PROBLEM + "invalid-id");
        assertProblem(http.getForEntity("/api/cascades/123", String.class), 404, PROBLEM + "not-found");
        assertProblem(http.getForEntity("/api/cascades/milano?method=guess", String.class), 400, PROBLEM + "invalid-parameter");
        assertProblem(http.getForEntity("/api/cascades/milano/nodes?size=0", String.class), 400, PROBLEM + "invalid-parameter");
        assertProblem(http.getForEntity("/api/cascades/milano/nodes?page=-1", String.class), 400, PROBLEM + "invalid-parameter");
        assertProblem(http.getForEntity("/api/cascades/milano/edges?size=10001", String.class), 400, PROBLEM + "invalid-parameter");
        assertProblem(http.getForEntity("/api/cascades/milano/compare?top=100000", String.class), 400, PROBLEM + "invalid-parameter");
        assertProblem(http.getForEntity("/api/adoption?bucket=week", String.class), 400, PROBLEM + "invalid-parameter");
        assertProblem(http.getForEntity("/api/cascades/milano/path?to=abc", String.class), 400, PROBLEM + "invalid-id");
    }

    private static JsonNode ok(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        return new ObjectMapper().readTree(response.getBody());
    }
}
