package org.metoodiffusion.id;

import org.metoodiffusion.api.BadRequestException;

/** An id that cannot be used as given; the message says why. */
public class InvalidIdException extends BadRequestException {

    public InvalidIdException(String message) {
        super("invalid-id", message);
    }
}
