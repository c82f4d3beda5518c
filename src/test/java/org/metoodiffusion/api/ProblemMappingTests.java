package org.metoodiffusion.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.metoodiffusion.support.EmbeddedAppTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;

/**
 * Issue 16, points 5 and 6: bad requests are 400s and internal faults 500s that tell nothing; a
 * client hanging up is no error; a render writes nothing to standard output.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProblemMappingTests extends EmbeddedAppTest {

    @LocalServerPort
    int port;

    private final ProblemHandler handler = new ProblemHandler();

    @Test
    void requestValidationIsA400WithItsMessage() {
        var problem = handler.badRequest(new BadRequestException("limit must be 1..1000, was 0"));
        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getType().toString()).isEqualTo("urn:metoo-diffusion:problem:invalid-parameter");
        assertThat(problem.getDetail()).isEqualTo("limit must be 1..1000, was 0");
        var id = handler.badRequest(new org.metoodiffusion.id.InvalidIdException("'x' is not a valid post id"));
        assertThat(id.getType().toString()).isEqualTo("urn:metoo-diffusion:problem:invalid-id");
    }

    @Test
    void aBrokenInvariantIsA500ThatTellsNothingOfIt() {
        for (var fault : new RuntimeException[] {new IllegalArgumentException("node 7 has no valid parent: -3"),
                new IllegalStateException("No query cypher/queries/secret.cypher")}) {
            var response = new MockHttpServletResponse();
            var problem = handler.unexpected(fault, response);
            assertThat(problem.getStatus()).isEqualTo(500);
            assertThat(problem.getType().toString()).isEqualTo("urn:metoo-diffusion:problem:internal-error");
            assertThat(problem.getDetail()).doesNotContain("node 7", "secret", "cypher");
        }
    }

    @Test
    void badParametersOverHttpAreStill400s() throws Exception {
        var answer = org.metoodiffusion.support.RawHttp.send(port, "GET", "/api/cascades/no-such-root-form!");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("type").asText()).isEqualTo("urn:metoo-diffusion:problem:invalid-parameter");
        var size = org.metoodiffusion.support.RawHttp.send(port, "GET", "/api/cascades/milano/nodes?size=0");
        assertThat(size.status()).isEqualTo(400);
    }

    @Test
    void aClientHangingUpIsNeitherAnErrorNorAnAnswer(CapturedOutput output) throws Exception {
        HttpServletResponse response = new MockHttpServletResponse();
        assertThat(handler.unexpected(new AsyncRequestNotUsableException("ServletOutputStream failed to write"),
                response)).isNull();
        assertThat(handler.unexpected(new java.io.UncheckedIOException(new IOException("Broken pipe")), response))
                .isNull();
        // Over the wire: a big download (Swagger UI's 1.5 MB bundle) read for 300 bytes, then closed.
        for (int i = 0; i < 3; i++) {
            try (var socket = new Socket("127.0.0.1", port)) {
                socket.getOutputStream().write(("GET /swagger-ui/swagger-ui-bundle.js HTTP/1.1\r\nHost: 127.0.0.1:" + port
                        + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                InputStream in = socket.getInputStream();
                assertThat(in.readNBytes(300)).hasSize(300);
            }
        }
        Thread.sleep(1500);
        assertThat(output.getAll()).doesNotContain("Failure in @ExceptionHandler").doesNotContain("Unexpected failure")
                .doesNotContain("ClientAbortException");
    }

    @Test
    void anSvgRenderWritesNothingToStandardOutput(CapturedOutput output) throws Exception {
        var answer = org.metoodiffusion.support.RawHttp.send(port, "GET", "/api/views/render.svg?root=milano");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("<svg");
        assertThat(output.getAll()).doesNotContain("Arrow = ");
    }
}
