package org.metoodiffusion.api;

import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * A failure a feature answers with its own RFC 9457 problem: the feature's exception (in the
 * feature's package) says the status, the type (the last part of
 * {@code urn:metoo-diffusion:problem:<type>}), the title and any extra properties, and
 * {@code ProblemHandler} writes it, so the web layer knows no feature's failures.
 */
public abstract class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String type;
    private final String title;

    protected ProblemException(HttpStatus status, String type, String title, String message) {
        super(message);
        this.status = status;
        this.type = type;
        this.title = title;
    }

    public HttpStatus status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    /** Extra members of the problem body; none by default. */
    public Map<String, Object> properties() {
        return Map.of();
    }
}
