package org.metoodiffusion.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.metoodiffusion.support.ProblemAssert.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.metoodiffusion.support.EmbeddedAppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/** Issue 16, points 7 and 8: handles in any case everywhere, unknown accounts 404, meaningful defaults. */
class ConsistentLookupTests extends EmbeddedAppTest {

    private static final String NOT_FOUND = "urn:metoo-diffusion:problem:not-found";

    @Autowired
    TestRestTemplate http;

    @Test
    void aHandleIsCaseInsensitiveInEveryLookup() throws Exception {
        for (var handle : new String[] {"@AnnaPaquin", "@annapaquin", "@ANNAPAQUIN"}) {
            assertThat(ok(http.getForEntity("/api/accounts/" + handle, String.class)).at("/account/username").asText())
                    .as(handle).isEqualTo("AnnaPaquin");
            assertThat(ok(http.getForEntity("/api/attribution/accounts/" + handle, String.class)).at("/category").asText())
                    .as(handle).isEqualTo("MILANO");
        }
        // An account with a platform id is found by its handle too, whatever the case.
        assertThat(ok(http.getForEntity("/api/accounts/@alyssa_MILANO", String.class)).at("/account/id").asText())
                .isEqualTo("26642006");
        assertThat(ok(http.getForEntity("/api/accounts/@Alyssa_Milano/centrality?measures=in-degree", String.class))
                .at("/id").asText()).isEqualTo("26642006");
    }

    @Test
    void anUnknownAccountIs404InAttributionAsInCascades() throws Exception {
        assertProblem(http.getForEntity("/api/cascades/@no_such_user_xyz", String.class), 404, NOT_FOUND);
        assertProblem(http.getForEntity("/api/attribution/accounts/@no_such_user_xyz", String.class), 404, NOT_FOUND);
        assertProblem(http.getForEntity("/api/attribution/accounts/424242424242", String.class), 404, NOT_FOUND);
        assertProblem(http.getForEntity("/api/accounts/@no_such_user_xyz", String.class), 404, NOT_FOUND);
    }

    @Test
    void closenessRanksByDefault() throws Exception {
        var byDefault = ok(http.getForEntity("/api/centrality/closeness?limit=10", String.class));
        assertThat(byDefault.at("/computation/parameters/useWassermanFaust").asBoolean()).isTrue();
        // Classic closeness gives 1.0, the maximum, to an account reached by a single neighbour.
        var classic = ok(http.getForEntity("/api/centrality/closeness?limit=10&useWassermanFaust=false", String.class));
        assertThat(classic.at("/items/0/score").asDouble()).isEqualTo(1.0);
        assertThat(byDefault.at("/items/0/score").asDouble()).isLessThan(1.0);
        assertThat(byDefault.at("/items/0/score").asDouble()).isGreaterThan(byDefault.at("/items/1/score").asDouble());
    }

    @Test
    void theOpenApiDocumentNamesTheProject() throws Exception {
        var info = ok(http.getForEntity("/v3/api-docs", String.class)).get("info");
        assertThat(info.get("title").asText()).isEqualTo("metoo-diffusion");
        assertThat(info.get("version").asText()).matches("\\d+\\.\\d+\\.\\d+.*").isNotEqualTo("v0");
        assertThat(info.get("description").asText()).contains("#MeToo");
    }

    private static JsonNode ok(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        return new ObjectMapper().readTree(response.getBody());
    }
}
