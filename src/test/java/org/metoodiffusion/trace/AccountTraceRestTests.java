package org.metoodiffusion.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.metoodiffusion.support.ProblemAssert.assertProblem;

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
 * Account-level tracing over REST: {@link InteractionFixture}'s interactions join the seed story for
 * each test and leave after it. Every answer says its level.
 */
class AccountTraceRestTests extends EmbeddedAppTest {

    private static final String PROBLEM = "urn:metoo-diffusion:problem:";
    private static final String ROOT = "account:" + InteractionFixture.ROOT;

    @Autowired
    TestRestTemplate http;

    @Autowired
    Driver driver;

    @BeforeEach
    void interactions() {
        InteractionFixture.create(driver);
    }

    @AfterEach
    void leaveTheSeedStoryAsItWas() {
        driver.executableQuery("MATCH (a:Account) WHERE a.id STARTS WITH '100' AND size(a.id) = 4 DETACH DELETE a").execute();
    }

    @Test
    void anInteractionOnlyAccountIsTracedAtAccountLevel() throws Exception {
        var metrics = ok(http.getForEntity("/api/cascades/" + ROOT, String.class));
        assertThat(metrics.at("/level").asText()).isEqualTo("account");
        assertThat(metrics.at("/method").asText()).isEqualTo("platform");
        assertThat(metrics.at("/accounts").asInt()).isEqualTo(7);
        assertThat(metrics.at("/posts").asInt()).isZero();
        assertThat(metrics.at("/depth").asInt()).isEqualTo(3);
        assertThat(metrics.at("/firstAdopters/0/account").asText()).isEqualTo("1001");

        var nodes = ok(http.getForEntity("/api/cascades/" + ROOT + "/nodes?size=3", String.class));
        assertThat(nodes.at("/level").asText()).isEqualTo("account");
        assertThat(nodes.at("/total").asInt()).isEqualTo(7);
        assertThat(nodes.at("/nodes/1/post").isNull()).isTrue();
        assertThat(nodes.at("/nodes/1/account").asText()).isEqualTo("1001");
        assertThat(nodes.at("/nodes/1/basis").asText()).isEqualTo("FIRST_ACTIVATION");

        var edges = ok(http.getForEntity("/api/cascades/" + ROOT + "/edges", String.class));
        assertThat(edges.at("/total").asInt()).isEqualTo(6);
        assertThat(edges.at("/edges/0/source").asText()).isEqualTo("1000");
        assertThat(edges.at("/edges/0/target").asText()).isEqualTo("1001");
        assertThat(edges.at("/edges/0/kind").asText()).isEqualTo("RETWEET");

        var path = ok(http.getForEntity("/api/cascades/" + ROOT + "/path?to=account:1005", String.class));
        assertThat(path.at("/level").asText()).isEqualTo("account");
        assertThat(path.at("/timeRespecting").asBoolean()).isTrue();
        assertThat(path.at("/hops").size()).isEqualTo(3);
        assertThat(path.at("/hops/0/kind").asText()).isEqualTo("MENTION");

        var series = ok(http.getForEntity("/api/adoption?root=" + ROOT + "&bucket=hour", String.class));
        assertThat(series.at("/level").asText()).isEqualTo("account");
        assertThat(series.at("/buckets/0/newAccounts").asLong()).isEqualTo(7);

        var comparison = ok(http.getForEntity("/api/cascades/" + ROOT + "/compare", String.class));
        assertThat(comparison.size()).isEqualTo(1);
        assertThat(comparison.at("/0/metrics/level").asText()).isEqualTo("account");
        assertThat(comparison.at("/0/topAccounts/0/account").asText()).isEqualTo("1000");
    }

    @Test
    void postLevelAnswersSayTheirLevelToo() throws Exception {
        assertThat(ok(http.getForEntity("/api/cascades/milano", String.class)).at("/level").asText()).isEqualTo("post");
        assertThat(ok(http.getForEntity("/api/cascades/@Alyssa_Milano", String.class)).at("/level").asText()).isEqualTo("post");
        assertThat(ok(http.getForEntity("/api/cascades/" + ROOT + "?level=post", String.class)).at("/level").asText())
                .isEqualTo("post");
        assertThat(ok(http.getForEntity("/api/cascades/milano/path?to=@AnnaPaquin", String.class)).at("/level").asText())
                .isEqualTo("post");
    }

    @Test
    void levelsThatDoNotApplyAreProblems() throws Exception {
        assertProblem(http.getForEntity("/api/cascades/" + ROOT + "?method=followee", String.class), 400,
                PROBLEM + "invalid-parameter");
        assertProblem(http.getForEntity("/api/cascades/" + ROOT + "/compare?methods=platform,interaction", String.class),
                400, PROBLEM + "invalid-parameter");
        assertProblem(http.getForEntity("/api/cascades/milano?level=account", String.class), 400, PROBLEM + "invalid-parameter");
        assertProblem(http.getForEntity("/api/cascades/" + ROOT + "?level=tweets", String.class), 400, PROBLEM + "invalid-parameter");
        var none = assertProblem(http.getForEntity("/api/cascades/@Alyssa_Milano?level=account", String.class), 404,
                PROBLEM + "not-found");
        assertThat(none.at("/detail").asText()).contains("no account-level interactions");
        assertProblem(http.getForEntity("/api/adoption?root=account:424242&level=account", String.class), 404,
                PROBLEM + "not-found");
    }

    private static JsonNode ok(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        return new ObjectMapper().readTree(response.getBody());
    }
}
