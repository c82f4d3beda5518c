package org.metoodiffusion.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Spring Boot's error page, as a problem: what reaches {@code /error} (a {@code sendError} by the
 * container or a filter, an exception thrown outside Spring MVC) is answered
 * {@code application/problem+json} instead of Boot's JSON or whitelabel page. Nothing of the
 * cause is shown.
 */
@RestController
class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        var code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // Asked for directly, /error is just a path where nothing is served.
        int status = code instanceof Integer value && value >= 400 ? value : 404;
        var known = HttpStatus.resolve(status);
        var problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status),
                ProblemErrorReportValve.detail(status));
        problem.setTitle(known == null ? "Error" : known.getReasonPhrase());
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri) {
            problem.setInstance(java.net.URI.create(uri.replace(" ", "%20")));
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
