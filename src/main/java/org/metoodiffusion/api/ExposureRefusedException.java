package org.metoodiffusion.api;

/** The server would listen beyond loopback without a secret; the message names the setting to give. */
public class ExposureRefusedException extends IllegalStateException {

    public ExposureRefusedException(String message) {
        super(message);
    }
}
