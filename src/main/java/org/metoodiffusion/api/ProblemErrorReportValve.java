package org.metoodiffusion.api;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Tomcat's own error page as a problem instead of HTML: what Tomcat refuses before the application
 * sees the request (a malformed or over-long request line or header, an encoded {@code /} or NUL
 * in the path, an unsupported method) is answered {@code application/problem+json} like
 * everything else. Type {@code about:blank}, as for Spring MVC's errors of HTTP itself; no server
 * name, version or stack trace.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) {
            return;
        }
        var ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        var body = new LinkedHashMap<String, Object>();
        body.put("type", "about:blank");
        var known = HttpStatus.resolve(status);
        body.put("title", known == null ? "Error" : known.getReasonPhrase());
        body.put("status", status);
        body.put("detail", detail(status));
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            var writer = response.getReporter();
            if (writer != null) {
                writer.write(JSON.writeValueAsString(body));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response was taken: nothing left to say
        }
    }

    static String detail(int status) {
        return switch (status) {
            case 400 -> "The request is malformed: its request line, path, query or headers could not be read, are "
                    + "too long, or hold characters refused in a path (an encoded '/' or '\\' or a NUL).";
            case 404 -> "Nothing is served at this path.";
            case 405 -> "The method is not supported here.";
            case 413 -> "The request body is larger than the server accepts.";
            case 414 -> "The request line is longer than the server accepts.";
            case 415 -> "The request body's media type is not supported.";
            case 431 -> "The request headers are larger than the server accepts.";
            case 500 -> "The request failed unexpectedly; the server log has the details.";
            case 503 -> "The server cannot answer now.";
            default -> "The server could not answer the request (HTTP " + status + ").";
        };
    }
}
