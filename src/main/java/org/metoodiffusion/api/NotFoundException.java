package org.metoodiffusion.api;

/** The requested record is not in the graph; answered with 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
