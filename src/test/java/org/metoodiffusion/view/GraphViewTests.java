package org.metoodiffusion.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.metoodiffusion.support.ProblemAssert.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.metoodiffusion.support.EmbeddedAppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** Views of the seed story over real HTTP: Milano's reply tree, Burke's credits, #metoo, a path. */
class GraphViewTests extends EmbeddedAppTest {

    private static final String PROBLEM = "urn:metoo-diffusion:problem:";
    private static final String MILANO_POST = "919659438700670976";
    private static final String PAQUIN_REPLY = "919699405009846272";

    @Autowired
    TestRestTemplate http;

    @Test
    void milanosCascadeIsHerTweetAndPaquinsReplyLaidOutLeftToRight() throws Exception {
        var view = ok("/api/views/graph?root=milano");
        assertThat(view.at("/totalNodes").asInt()).isEqualTo(2);
        assertThat(view.at("/rootLabel").asText()).isEqualTo("@Alyssa_Milano");
        assertThat(view.at("/root").asText()).isEqualTo("milano");
        var nodes = view.at("/graph/nodes");
        assertThat(nodes.get(0).get("id").asText()).isEqualTo(MILANO_POST);
        assertThat(nodes.get(0).get("kind").asText()).isEqualTo("ROOT");
        assertThat(nodes.get(1).get("id").asText()).isEqualTo(PAQUIN_REPLY);
        assertThat(nodes.get(1).get("label").asText()).isEqualTo("@AnnaPaquin");
        assertThat(nodes.get(1).get("x").asDouble()).isGreaterThan(nodes.get(0).get("x").asDouble());
        assertThat(nodes.get(0).get("group").asText()).isEqualTo("BOTH");
        assertThat(nodes.get(1).get("group").asText()).isEqualTo("MILANO");
        var edge = view.at("/graph/edges/0");
        assertThat(edge.get("source").asText()).isEqualTo(MILANO_POST);
        assertThat(edge.get("target").asText()).isEqualTo(PAQUIN_REPLY);
        assertThat(edge.get("kind").asText()).isEqualTo("REPLY");
        assertThat(view.at("/metrics/depth").asInt()).isEqualTo(1);
        assertThat(view.at("/topAccounts/0/username").asText()).isEqualTo("Alyssa_Milano");
        assertThat(view.at("/capRule").isNull()).isTrue();
    }

    @Test
    void burkesOriginReachesMilanosCreditsOneStatedOneByMention() throws Exception {
        var view = ok("/api/views/graph?root=burke");
        var nodes = view.at("/graph/nodes");
        assertThat(nodes.get(0).get("id").asText()).isEqualTo("burke");
        assertThat(nodes.toString()).contains("\"id\":\"920016494392246272\"", "\"kind\":\"CREDITS\"",
                "\"id\":\"938407678571446272\"");
        assertThat(nodes.get(1).get("group").asText()).isEqualTo("BOTH");
    }

    @Test
    void hashtagViewHangsEveryTaggedPostFromTheTag() throws Exception {
        var view = ok("/api/views/graph?root=hashtag:metoo&colour=branch");
        assertThat(view.at("/graph/nodes/0/id").asText()).isEqualTo("#metoo");
        assertThat(view.at("/totalNodes").asInt()).isEqualTo(6);
        assertThat(view.at("/graph/edges").size()).isEqualTo(5);
        assertThat(view.at("/graph/nodes/1/group").asText()).startsWith("branch-");
    }

    @Test
    void colourByCommunityUsesTheAuthorsLouvainCommunity() throws Exception {
        var view = ok("/api/views/graph?root=milano&colour=community");
        // Milano and Paquin interact (a reply), so Louvain puts them in one community, the view's largest.
        assertThat(view.at("/graph/nodes/0/group").asText()).isEqualTo("community-1");
        assertThat(view.at("/graph/nodes/1/group").asText()).isEqualTo("community-1");
        var burke = ok("/api/views/graph?root=burke&colour=community");
        // The origin itself has no author.
        assertThat(burke.at("/graph/nodes/0/group").asText()).isEqualTo("community-none");
    }

    @Test
    void pathToAnAccountRunsFromTheRootToItsFirstPost() throws Exception {
        var view = ok("/api/views/path?root=milano&account=annapaquin");
        assertThat(ok("/api/views/path?root=milano&account=@AnnaPaquin").at("/path")).isEqualTo(view.at("/path"));
        assertThat(view.at("/path").toString()).isEqualTo("[\"@Alyssa_Milano\",\"@AnnaPaquin\"]");
        assertThat(view.at("/graph/nodes").size()).isEqualTo(2);
        assertThat(view.at("/graph/edges/0/kind").asText()).isEqualTo("REPLY");
    }

    @Test
    void capAndPagingKeepTheRootAndSplitInTimeOrder() throws Exception {
        var capped = ok("/api/views/graph?root=hashtag:metoo&cap=3");
        assertThat(capped.at("/shownNodes").asInt()).isEqualTo(3);
        assertThat(capped.at("/capRule").asText()).contains("3 of 6 nodes", "top 2 by descendants");
        var first = ok("/api/views/graph?root=hashtag:metoo&limit=4");
        var second = ok("/api/views/graph?root=hashtag:metoo&limit=4&offset=4");
        assertThat(first.at("/hasMore").asBoolean()).isTrue();
        assertThat(second.at("/hasMore").asBoolean()).isFalse();
        assertThat(first.at("/graph/nodes").size() + second.at("/graph/nodes").size()).isEqualTo(6);
        assertThat(second.at("/graph/nodes/0/x").asDouble()).isEqualTo(first.at("/graph/nodes/3/x").asDouble() + 200);
    }

    @Test
    void everyMeasureSizesTheNodes() throws Exception {
        for (var measure : new String[] {"descendants", "followers", "pagerank"}) {
            var view = ok("/api/views/graph?root=burke&measure=" + measure);
            assertThat(view.at("/measure").asText()).isEqualTo(measure);
            view.at("/graph/nodes").forEach(n -> assertThat(n.get("size").asDouble()).isBetween(1.0, 10.0));
        }
    }

    @Test
    void badParametersAreProblems() throws Exception {
        assertProblem(http.getForEntity("/api/views/graph?root=milano&cap=0", String.class), 400,
                PROBLEM + "invalid-parameter");
        assertProblem(http.getForEntity("/api/views/graph?root=milano&measure=charisma", String.class), 400,
                PROBLEM + "invalid-parameter");
        assertProblem(http.getForEntity("/api/views/graph?root=milano&reconstruction=psychic", String.class), 400,
                PROBLEM + "invalid-parameter");
        assertProblem(http.getForEntity("/api/views/graph?root=milano&colour=plaid", String.class), 400,
                PROBLEM + "invalid-parameter");
        assertProblem(http.getForEntity("/api/views/graph?root=hashtag:me-too", String.class), 400,
                PROBLEM + "invalid-parameter");
        assertProblem(http.getForEntity("/api/views/graph?root=9.825813237296947e%2B17", String.class), 400,
                PROBLEM + "invalid-id");
        assertProblem(http.getForEntity("/api/views/path?root=milano&account=@ladygaga", String.class), 404,
                PROBLEM + "not-found");
        assertProblem(http.getForEntity("/api/views/graph?root=hashtag:nosuchtag", String.class), 404,
                PROBLEM + "not-found");
    }

    private JsonNode ok(String url) throws Exception {
        var response = http.getForEntity(url, String.class);
        assertThat(response.getStatusCode().value()).as("%s: %s", url, response.getBody()).isEqualTo(200);
        return new ObjectMapper().readTree(response.getBody());
    }
}
