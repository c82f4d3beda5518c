package org.metoodiffusion.api;

/**
 * A request parameter, path segment or id the client got wrong; answered with 400 and the message,
 * which is written for the client. Only request validation throws it: a plain
 * {@link IllegalArgumentException} is an internal invariant broken, answered with a 500 that says
 * nothing of it.
 *
 * <p>It stays an {@code IllegalArgumentException} so the command line, which reports those as one
 * line, treats a bad option the same way.
 */
public class BadRequestException extends IllegalArgumentException {

    private final String problemType;

    public BadRequestException(String message) {
        this("invalid-parameter", message);
    }

    /** @param problemType the last part of the problem's {@code type} URN, e.g. {@code invalid-id} */
    protected BadRequestException(String problemType, String message) {
        super(message);
        this.problemType = problemType;
    }

    public String problemType() {
        return problemType;
    }
}
