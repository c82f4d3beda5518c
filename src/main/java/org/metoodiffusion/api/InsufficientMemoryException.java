package org.metoodiffusion.api;

/**
 * A computation would not fit in the memory available to it (estimated before it starts, or
 * refused by the database); answered with 503 and both figures, instead of running out of heap.
 */
public class InsufficientMemoryException extends RuntimeException {

    private final long requiredBytes;
    private final long availableBytes;

    public InsufficientMemoryException(String message, long requiredBytes, long availableBytes) {
        super(message);
        this.requiredBytes = requiredBytes;
        this.availableBytes = availableBytes;
    }

    public long requiredBytes() {
        return requiredBytes;
    }

    public long availableBytes() {
        return availableBytes;
    }
}
