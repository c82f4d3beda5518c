package org.metoodiffusion.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
 * Answers kept as JSON ({@link JsonBody}: a ranking page with its cached result, a post until the
 * next write) never outlive a write: the request after a write shows it under a new ETag, and a
 * client that sends the ETag of an unchanged answer gets a 304. On the seed chain Paquin -(reply)->
 * Milano -(mention)-> Burke; each test removes what it wrote.
 */
class KeptJsonTests extends EmbeddedAppTest {

    private static final String TOP = "/api/centrality/pagerank?limit=100";
    private static final String MILANO = "/api/posts/919659438700670976";

    @Autowired
    TestRestTemplate http;

    @Autowired
    Driver driver;

    @Test
    void aRankingPageShowsAWriteAtTheNextRequestUnderANewEtag() throws Exception {
        http.getForEntity(TOP, String.class);
        var kept = get(TOP, null);
        assertThat(kept.getStatusCode().value()).isEqualTo(200);
        assertThat(kept.getHeaders().getContentLength()).isEqualTo(kept.getBody().getBytes("UTF-8").length);
        var etag = kept.getHeaders().getETag();
        assertThat(etag).as("a strong entity tag").startsWith("\"");
        assertThat(json(kept).at("/computation/cached").asBoolean()).isTrue();
        assertThat(get(TOP, null).getBody()).as("the same bytes again").isEqualTo(kept.getBody());

        var notModified = get(TOP, etag);
        assertThat(notModified.getStatusCode().value()).isEqualTo(304);
        assertThat(notModified.getBody()).isNull();
        assertThat(notModified.getHeaders().getETag()).isEqualTo(etag);

        driver.executableQuery("""
                MATCH (milano:Account {id: '26642006'})
                CREATE (:Account {id: 'etag-test', username: 'etag_test'})
                       -[:INTERACTED {kind: 'mention', at: datetime('2017-10-16T00:00:00Z')}]->(milano)""").execute();
        try {
            var changed = get(TOP, etag);
            assertThat(changed.getStatusCode().value()).as("the old ETag no longer matches").isEqualTo(200);
            assertThat(changed.getHeaders().getETag()).isNotEqualTo(etag);
            var body = json(changed);
            assertThat(body.at("/total").asInt()).isEqualTo(4);
            assertThat(body.at("/computation/cached").asBoolean()).isFalse();
            // Milano now has two in-links of 0.15 each: 0.15 + 0.85 * 0.3 = 0.405, and Burke
            // 0.15 + 0.85 * 0.405 = 0.49425.
            assertThat(body.at("/items/0/username").asText()).isEqualTo("TaranaBurke");
            assertThat(body.at("/items/0/score").asDouble()).isCloseTo(0.49425, within(1e-6));
            assertThat(body.at("/items/1/username").asText()).isEqualTo("Alyssa_Milano");
            assertThat(body.at("/items/1/score").asDouble()).isCloseTo(0.405, within(1e-6));
        } finally {
            driver.executableQuery("MATCH (a:Account {id: 'etag-test'}) DETACH DELETE a").execute();
        }
        var restored = json(get(TOP, etag));
        assertThat(restored.at("/total").asInt()).isEqualTo(3);
        assertThat(restored.at("/items/0/username").asText()).isEqualTo("TaranaBurke");
        assertThat(restored.at("/items/0/score").asDouble()).isCloseTo(0.385875, within(1e-6));
    }

    @Test
    void aPostShowsAWriteAtTheNextRequestUnderANewEtag() throws Exception {
        var first = get(MILANO, null);
        long replies = json(first).get("replies").asLong();
        var etag = first.getHeaders().getETag();
        assertThat(etag).startsWith("\"");
        assertThat(first.getHeaders().getContentLength()).isEqualTo(first.getBody().getBytes("UTF-8").length);
        assertThat(get(MILANO, null).getBody()).isEqualTo(first.getBody());
        var notModified = get(MILANO, etag);
        assertThat(notModified.getStatusCode().value()).isEqualTo(304);
        assertThat(notModified.getBody()).isNull();

        driver.executableQuery("""
                MATCH (milano:Post {id: '919659438700670976'})
                CREATE (:Post {id: '999999999999999001', observed: true})-[:REPLY_TO]->(milano)""").execute();
        String changedTag;
        try {
            var changed = get(MILANO, etag);
            assertThat(changed.getStatusCode().value()).as("the old ETag no longer matches").isEqualTo(200);
            assertThat(json(changed).get("replies").asLong()).isEqualTo(replies + 1);
            changedTag = changed.getHeaders().getETag();
            assertThat(changedTag).isNotEqualTo(etag);
        } finally {
            driver.executableQuery("MATCH (p:Post {id: '999999999999999001'}) DETACH DELETE p").execute();
        }
        var restored = get(MILANO, changedTag);
        assertThat(json(restored).get("replies").asLong()).isEqualTo(replies);
        assertThat(restored.getHeaders().getETag()).isEqualTo(etag);
    }

    @Test
    void csvIsStillNegotiated() {
        for (var accept : new String[] {"text/csv", "text/*", "application/json;q=0.5, text/csv"}) {
            var response = http.exchange("/api/centrality/pagerank?limit=2", HttpMethod.GET,
                    new HttpEntity<>(headers(HttpHeaders.ACCEPT, accept)), String.class);
            assertThat(response.getHeaders().getContentType().toString()).as(accept).startsWith("text/csv");
        }
        for (var accept : new String[] {"*/*", "application/json", "text/csv;q=0.5, application/*"}) {
            var response = http.exchange("/api/centrality/pagerank?limit=2", HttpMethod.GET,
                    new HttpEntity<>(headers(HttpHeaders.ACCEPT, accept)), String.class);
            assertThat(response.getHeaders().getContentType().toString()).as(accept).startsWith("application/json");
        }
    }

    private ResponseEntity<String> get(String url, String ifNoneMatch) {
        return http.exchange(url, HttpMethod.GET, new HttpEntity<>(ifNoneMatch == null ? new HttpHeaders()
                : headers(HttpHeaders.IF_NONE_MATCH, ifNoneMatch)), String.class);
    }

    private static HttpHeaders headers(String name, String value) {
        var headers = new HttpHeaders();
        headers.set(name, value);
        return headers;
    }

    private static JsonNode json(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        return new ObjectMapper().readTree(response.getBody());
    }
}
