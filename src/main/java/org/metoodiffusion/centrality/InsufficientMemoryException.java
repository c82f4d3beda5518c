package org.metoodiffusion.centrality;

import java.util.Map;

import org.metoodiffusion.api.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * A computation would not fit in the memory available to it (estimated before it starts, or
 * refused by the database); answered with 503 and both figures, instead of running out of heap.
 */
public class InsufficientMemoryException extends ProblemException {

    private final long requiredBytes;
    private final long availableBytes;

    public InsufficientMemoryException(String message, long requiredBytes, long availableBytes) {
        super(HttpStatus.SERVICE_UNAVAILABLE, "insufficient-memory", "Not enough memory", message);
        this.requiredBytes = requiredBytes;
        this.availableBytes = availableBytes;
    }

    public long requiredBytes() {
        return requiredBytes;
    }

    public long availableBytes() {
        return availableBytes;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("requiredBytes", requiredBytes, "availableBytes", availableBytes);
    }
}
