package org.metoodiffusion.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.metoodiffusion.support.EmbeddedAppTest;
import org.metoodiffusion.support.RawHttp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Issue 16, points 1 and 2, against the running server: a page of another site can neither write
 * to the graph (cross-origin POST refused before anything runs) nor read it through DNS rebinding
 * (a foreign Host refused); curl and the server's own pages still can.
 */
class WebGuardTests extends EmbeddedAppTest {

    private static final String PROBLEM = "urn:metoo-diffusion:problem:";
    private static final String WRITE = "/api/centrality/in-degree/write?writeProperty=guardTest&kinds=mention";

    @LocalServerPort
    int port;

    @Autowired
    Neo4jClient neo4j;

    @AfterEach
    void removeWrittenProperty() {
        neo4j.query("MATCH (a:Account) WHERE a.guardTest IS NOT NULL REMOVE a.guardTest").run();
    }

    @Test
    void crossOriginWritesAreRefusedBeforeAnythingRuns() throws Exception {
        for (var header : new String[] {"Origin: http://evil.example", "Referer: http://evil.example/page.html",
                "Origin: null", "Origin: http://127.0.0.1:" + (port + 1), "Origin: https://127.0.0.1:" + port}) {
            var answer = RawHttp.send(port, "POST", WRITE, header);
            assertThat(answer.status()).as(header).isEqualTo(403);
            assertThat(answer.isProblem()).as(header).isTrue();
            assertThat(answer.json().get("type").asText()).isEqualTo(PROBLEM + "cross-origin-write");
            assertThat(written()).as("graph unchanged after " + header).isZero();
        }
        assertThat(RawHttp.send(port, "DELETE", "/api/stats", "Origin: http://evil.example").status()).isEqualTo(403);
    }

    @Test
    void writesFromTheServersOwnOriginOrWithoutOriginStillWork() throws Exception {
        assertThat(RawHttp.send(port, "POST", WRITE).status()).as("curl: no Origin, no Referer").isEqualTo(200);
        assertThat(written()).isPositive();
        removeWrittenProperty();
        assertThat(RawHttp.send(port, "POST", WRITE, "Origin: http://127.0.0.1:" + port).status()).isEqualTo(200);
        assertThat(RawHttp.send(port, "POST", WRITE, "Host: localhost:" + port,
                "Referer: http://localhost:" + port + "/?root=milano").status()).isEqualTo(200);
        assertThat(written()).isPositive();
    }

    @Test
    void readsFromOtherOriginsAreNotBlockedButCorsStaysOff() throws Exception {
        var read = RawHttp.send(port, "GET", "/api/stats", "Origin: http://evil.example");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("access-control-allow-origin")).as("no CORS: the page cannot read it").isNull();
        var preflight = RawHttp.send(port, "OPTIONS", WRITE, "Origin: http://evil.example",
                "Access-Control-Request-Method: POST");
        assertThat(preflight.status()).isEqualTo(403);
        assertThat(preflight.header("access-control-allow-origin")).isNull();
    }

    @Test
    void aForeignHostIsRefusedAgainstDnsRebinding() throws Exception {
        for (var path : new String[] {"/api/stats", "/", "/actuator/health"}) {
            var answer = RawHttp.send(port, "GET", path, "Host: evil.example");
            assertThat(answer.status()).as(path).isEqualTo(421);
            assertThat(answer.isProblem()).isTrue();
            assertThat(answer.json().get("type").asText()).isEqualTo(PROBLEM + "host-not-allowed");
        }
        assertThat(RawHttp.send(port, "GET", "/api/stats", "Host: evil.example:" + port).status()).isEqualTo(421);
        assertThat(RawHttp.send(port, "GET", "/api/stats", "Host: 127.0.0.1.evil.example").status()).isEqualTo(421);
    }

    @Test
    void loopbackNamesAreAllowedHosts() throws Exception {
        for (var host : new String[] {"localhost:" + port, "127.0.0.1:" + port, "[::1]:" + port, "LOCALHOST", "localhost."}) {
            assertThat(RawHttp.send(port, "GET", "/api/stats", "Host: " + host).status()).as(host).isEqualTo(200);
        }
    }

    @Test
    void theWebViewerStillLoads() throws Exception {
        var page = RawHttp.send(port, "GET", "/", "Host: localhost:" + port);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).containsIgnoringCase("<html");
    }

    private long written() {
        return neo4j.query("MATCH (a:Account) WHERE a.guardTest IS NOT NULL RETURN count(a)").fetchAs(Long.class)
                .one().orElseThrow();
    }
}
