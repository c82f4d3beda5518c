package org.metoodiffusion.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.metoodiffusion.support.EmbeddedAppTest;
import org.metoodiffusion.support.RawHttp;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 16, point 4, against the real embedded Tomcat: what the container refuses before the
 * application sees it is a problem too, never Tomcat's HTML page.
 */
class ContainerErrorTests extends EmbeddedAppTest {

    @LocalServerPort
    int port;

    @Test
    void encodedSlashAndNulInAPathSegmentAreProblems() throws Exception {
        assertBadRequest(RawHttp.send(port, "GET", "/api/posts/..%2F..%2Fetc%2Fpasswd"));
        assertBadRequest(RawHttp.send(port, "GET", "/api/posts/a%00b"));
        assertBadRequest(RawHttp.send(port, "GET", "/api/posts/a%5Cb"));
    }

    @Test
    void aQueryOrHeaderOverTheLimitIsAProblem() throws Exception {
        assertBadRequest(RawHttp.send(port, "GET", "/api/stats?x=" + "a".repeat(20_000)));
        assertBadRequest(RawHttp.send(port, "GET", "/api/stats", "X-Big: " + "a".repeat(20_000)));
    }

    @Test
    void aMalformedRequestIsAProblem() throws Exception {
        assertBadRequest(RawHttp.send(port, "GET", "/api/stats", "Bad Header: spaces in its name"));
        var unsupported = RawHttp.send(port, "POST", "/api/stats", "Transfer-Encoding: gzip, chunked");
        assertThat(unsupported.status()).isGreaterThanOrEqualTo(400);
        assertProblem(unsupported);
    }

    @Test
    void wrongMethodsAreProblemsTraceIncluded() throws Exception {
        for (var method : new String[] {"DELETE", "PUT", "PATCH", "TRACE"}) {
            var answer = RawHttp.send(port, method, "/api/stats");
            assertThat(answer.status()).as(method).isEqualTo(405);
            assertProblem(answer);
            assertThat(answer.body()).as("TRACE does not echo the request").doesNotContain("Connection: close");
        }
    }

    @Test
    void theErrorPathAndUnknownPathsAreProblems() throws Exception {
        var error = RawHttp.send(port, "GET", "/error");
        assertThat(error.status()).isEqualTo(404);
        assertProblem(error);
        var unknown = RawHttp.send(port, "GET", "/no/such/page.html", "Accept: text/html");
        assertThat(unknown.status()).isEqualTo(404);
        assertProblem(unknown);
    }

    private static void assertBadRequest(RawHttp.Answer answer) throws Exception {
        assertThat(answer.status()).isEqualTo(400);
        assertProblem(answer);
    }

    private static void assertProblem(RawHttp.Answer answer) throws Exception {
        assertThat(answer.isProblem()).as("%s %s", answer.headers(), answer.body()).isTrue();
        assertThat(answer.body()).doesNotContainIgnoringCase("<html").doesNotContain("Tomcat").doesNotContain("Exception");
        var json = answer.json();
        assertThat(json.get("status").asInt()).isEqualTo(answer.status());
        assertThat(json.get("title").asText()).isNotBlank();
        assertThat(json.get("detail").asText()).isNotBlank();
    }
}
