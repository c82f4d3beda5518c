package org.metoodiffusion.schema;

/** The schema files cannot be applied as they are; the message says what to do. */
public class SchemaMigrationException extends RuntimeException {

    public SchemaMigrationException(String message) {
        super(message);
    }
}
