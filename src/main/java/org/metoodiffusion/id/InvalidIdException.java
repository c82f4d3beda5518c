package org.metoodiffusion.id;

/** An id that cannot be used as given; the message says why. */
public class InvalidIdException extends IllegalArgumentException {

    public InvalidIdException(String message) {
        super(message);
    }
}
