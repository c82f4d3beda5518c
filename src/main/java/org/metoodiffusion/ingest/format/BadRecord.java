package org.metoodiffusion.ingest.format;

/**
 * A record that cannot be loaded, with the reason for a person. Control flow for bad data, so it
 * carries no stack trace.
 */
final class BadRecord extends RuntimeException {

    BadRecord(String reason) {
        super(reason, null, false, false);
    }
}
