package org.metoodiffusion.centrality;

import java.time.Duration;
import java.util.Map;

import org.metoodiffusion.api.ProblemException;
import org.springframework.http.HttpStatus;

/** A computation did not finish within its time limit; answered with 504 and the limit. */
public class ComputationTimeoutException extends ProblemException {

    private final Duration timeout;

    public ComputationTimeoutException(String message, Duration timeout) {
        super(HttpStatus.GATEWAY_TIMEOUT, "timeout", "Computation timed out", message);
        this.timeout = timeout;
    }

    public Duration timeout() {
        return timeout;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("timeoutSeconds", timeout.toSeconds());
    }
}
