package org.metoodiffusion.api;

import java.time.Duration;

/** A computation did not finish within its time limit; answered with 504 and the limit. */
public class ComputationTimeoutException extends RuntimeException {

    private final Duration timeout;

    public ComputationTimeoutException(String message, Duration timeout) {
        super(message);
        this.timeout = timeout;
    }

    public Duration timeout() {
        return timeout;
    }
}
