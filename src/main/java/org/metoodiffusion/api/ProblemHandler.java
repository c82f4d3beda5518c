package org.metoodiffusion.api;

import java.net.URI;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Maps every failure to an RFC 9457 problem. Spring MVC's own errors (unknown path, wrong method,
 * type mismatch, validation) are handled by the base class, also as problems. Nothing leaks a
 * stack trace to the client; unexpected failures are logged here.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemHandler.class);

    /** Request validation; a plain IllegalArgumentException is an internal fault (see {@link #unexpected}). */
    @ExceptionHandler(BadRequestException.class)
    ProblemDetail badRequest(BadRequestException e) {
        var title = "invalid-id".equals(e.problemType()) ? "Invalid id" : "Invalid parameter";
        return problem(HttpStatus.BAD_REQUEST, e.problemType(), title, e.getMessage());
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail invalidParameter(ConstraintViolationException e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter", e.getMessage());
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
    }

    /** A feature's own failure, as the feature describes it. */
    @ExceptionHandler(ProblemException.class)
    ProblemDetail featureProblem(ProblemException e) {
        var problem = problem(e.status(), e.type(), e.title(), e.getMessage());
        e.properties().forEach(problem::setProperty);
        return problem;
    }

    @ExceptionHandler({ServiceUnavailableException.class, DataAccessResourceFailureException.class})
    ProblemDetail databaseUnavailable(RuntimeException e) {
        LOG.warn("Neo4j unavailable: {}", e.getMessage());
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable", "Database unavailable",
                "Neo4j cannot be reached: " + e.getMessage());
    }

    /**
     * Everything else, internal invariants (IllegalArgumentException, IllegalStateException) among
     * them: a 500 whose body says nothing of the cause. A client that hung up gets nothing, and is
     * no error: the response parameter marks the request handled, so nothing more is written.
     */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e, HttpServletResponse response) {
        if (ClientAbort.isCause(e)) {
            LOG.debug("Client went away before the response was written: {}", e.toString());
            return null;
        }
        LOG.error("Unexpected failure", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "The request failed unexpectedly; the server log has the details.");
    }

    static ProblemDetail problem(HttpStatusCode status, String type, String title, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:metoo-diffusion:problem:" + type));
        problem.setTitle(title);
        return problem;
    }
}
