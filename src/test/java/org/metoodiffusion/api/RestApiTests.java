package org.metoodiffusion.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.metoodiffusion.support.ProblemAssert.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.metoodiffusion.support.EmbeddedAppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** The REST basics over real HTTP against the embedded database holding the seed story. */
class RestApiTests extends EmbeddedAppTest {

    private static final String PROBLEM = "urn:metoo-diffusion:problem:";

    @Autowired
    TestRestTemplate http;

    @Test
    void statsCountNodesPerLabelAndRelationshipsPerType() throws Exception {
        var body = ok(http.getForEntity("/api/stats", String.class));
        assertThat(body.at("/nodes/Post").asLong()).isEqualTo(11);
        assertThat(body.at("/nodes/Account").asLong()).isEqualTo(11);
        assertThat(body.at("/relationships/REPLY_TO").asLong()).isEqualTo(1);
        assertThat(body.at("/nodes").has("SchemaMigration")).isFalse();
    }

    @Test
    void postByIdKeepsTheIdAsAStringAndShowsItsAuthorAndReplies() throws Exception {
        var body = ok(http.getForEntity("/api/posts/919659438700670976", String.class));
        assertThat(body.at("/post/id").isTextual()).isTrue();
        assertThat(body.at("/post/id").asText()).isEqualTo("919659438700670976");
        assertThat(body.at("/post/createdAt").asText()).isEqualTo("2017-10-15T20:21:11Z");
        assertThat(body.at("/author/username").asText()).isEqualTo("Alyssa_Milano");
        assertThat(body.at("/replies").asLong()).isEqualTo(1);
    }

    @Test
    void postShowsWhatItReferencesMentionsAndCredits() throws Exception {
        var reply = ok(http.getForEntity("/api/posts/919699405009846272", String.class));
        assertThat(reply.at("/references/0/kind").asText()).isEqualTo("REPLY_TO");
        assertThat(reply.at("/references/0/id").asText()).isEqualTo("919659438700670976");
        var time = ok(http.getForEntity("/api/posts/938407678571446272", String.class));
        assertThat(time.at("/mentions/0/username").asText()).isEqualTo("TaranaBurke");
        assertThat(time.at("/credits/0").asText()).isEqualTo("burke-2006");
        assertThat(time.at("/hashtags").toString()).contains("metoo", "breakthesilence");
    }

    @Test
    void accountsByPlatformIdAndByProvisionalHandleId() throws Exception {
        var milano = ok(http.getForEntity("/api/accounts/26642006", String.class));
        assertThat(milano.at("/account/username").asText()).isEqualTo("Alyssa_Milano");
        assertThat(milano.at("/posts").asLong()).isEqualTo(3);
        assertThat(milano.at("/firstPostAt").asText()).isEqualTo("2017-10-15T20:21:11Z");
        var burke = ok(http.getForEntity("/api/accounts/@taranaburke", String.class));
        assertThat(burke.at("/account/provisional").asBoolean()).isTrue();
        assertThat(burke.at("/origins/0").asText()).isEqualTo("burke-2006");
        assertThat(burke.at("/mentionedBy").asLong()).isEqualTo(1);
    }

    @Test
    void unknownIdsAre404Problems() throws Exception {
        var post = assertProblem(http.getForEntity("/api/posts/123", String.class), 404, PROBLEM + "not-found");
        assertThat(post.get("detail").asText()).contains("123");
        assertProblem(http.getForEntity("/api/accounts/999", String.class), 404, PROBLEM + "not-found");
    }

    @Test
    void malformedIdsAre400Problems() throws Exception {
        var mangled = assertProblem(http.getForEntity("/api/posts/9.825813237296947e+17", String.class), 400,
                PROBLEM + "invalid-id");
        assertThat(mangled.get("detail").asText()).contains("floating-point");
        assertProblem(http.getForEntity("/api/posts/abc", String.class), 400, PROBLEM + "invalid-id");
        assertProblem(http.getForEntity("/api/posts/99999999999999999999", String.class), 400, PROBLEM + "invalid-id");
        assertProblem(http.getForEntity("/api/accounts/not an id", String.class), 400, PROBLEM + "invalid-id");
    }

    @Test
    void frameworkErrorsAreProblemsToo() throws Exception {
        var unknownPath = http.getForEntity("/api/no-such-thing", String.class);
        assertThat(unknownPath.getStatusCode().value()).isEqualTo(404);
        assertThat(unknownPath.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        var wrongMethod = http.exchange("/api/stats", HttpMethod.DELETE, null, String.class);
        assertThat(wrongMethod.getStatusCode().value()).isEqualTo(405);
        assertThat(wrongMethod.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        var badNumber = http.getForEntity("/api/centrality/pagerank?limit=many", String.class);
        assertThat(badNumber.getStatusCode().value()).isEqualTo(400);
        assertThat(badNumber.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    }

    @Test
    void healthIncludesTheDatabase() throws Exception {
        var body = ok(http.getForEntity("/actuator/health", String.class));
        assertThat(body.at("/status").asText()).isEqualTo("UP");
        assertThat(body.at("/components/neo4j/status").asText()).isEqualTo("UP");
        assertThat(body.at("/components/neo4j/details/server").asText()).startsWith("5.26");
    }

    @Test
    void openApiDescribesTheEndpointsAndSwaggerUiIsServed() throws Exception {
        var api = ok(http.getForEntity("/v3/api-docs", String.class));
        assertThat(api.at("/paths").has("/api/stats")).isTrue();
        assertThat(api.at("/paths").has("/api/posts/{id}")).isTrue();
        assertThat(api.at("/paths").has("/api/accounts/{id}")).isTrue();
        assertThat(api.at("/paths").has("/api/centrality/{measure}")).isTrue();
        var ui = http.getForEntity("/swagger-ui/index.html", String.class);
        assertThat(ui.getStatusCode().value()).isEqualTo(200);
        assertThat(ui.getBody()).contains("swagger-ui");
    }

    private static JsonNode ok(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        return new ObjectMapper().readTree(response.getBody());
    }
}
