package org.metoodiffusion.lookup;

import static org.assertj.core.api.Assertions.assertThat;

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
 * A post's JSON is kept only until the next write: the request after a write (here a new reply to
 * Milano's post, then its removal) shows it under a new ETag; an unchanged post is a 304 to a
 * client that sends its ETag.
 */
class PostJsonTests extends EmbeddedAppTest {

    private static final String MILANO = "/api/posts/919659438700670976";

    @Autowired
    TestRestTemplate http;

    @Autowired
    Driver driver;

    @Test
    void aWriteIsSeenByTheNextRequestUnderANewEtag() throws Exception {
        var first = get(null);
        long replies = json(first).get("replies").asLong();
        var etag = first.getHeaders().getETag();
        assertThat(etag).startsWith("\"");
        assertThat(first.getHeaders().getContentLength()).isEqualTo(first.getBody().getBytes("UTF-8").length);
        assertThat(get(null).getBody()).isEqualTo(first.getBody());
        var notModified = get(etag);
        assertThat(notModified.getStatusCode().value()).isEqualTo(304);
        assertThat(notModified.getBody()).isNull();

        driver.executableQuery("""
                MATCH (milano:Post {id: '919659438700670976'})
                CREATE (:Post {id: '999999999999999001', observed: true})-[:REPLY_TO]->(milano)""").execute();
        String changedTag;
        try {
            var changed = get(etag);
            assertThat(changed.getStatusCode().value()).as("the old ETag no longer matches").isEqualTo(200);
            assertThat(json(changed).get("replies").asLong()).isEqualTo(replies + 1);
            changedTag = changed.getHeaders().getETag();
            assertThat(changedTag).isNotEqualTo(etag);
        } finally {
            driver.executableQuery("MATCH (p:Post {id: '999999999999999001'}) DETACH DELETE p").execute();
        }
        var restored = get(changedTag);
        assertThat(json(restored).get("replies").asLong()).isEqualTo(replies);
        assertThat(restored.getHeaders().getETag()).isEqualTo(etag);
    }

    private ResponseEntity<String> get(String ifNoneMatch) {
        var headers = new HttpHeaders();
        if (ifNoneMatch != null) {
            headers.set(HttpHeaders.IF_NONE_MATCH, ifNoneMatch);
        }
        return http.exchange(MILANO, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    private static JsonNode json(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        return new ObjectMapper().readTree(response.getBody());
    }
}
