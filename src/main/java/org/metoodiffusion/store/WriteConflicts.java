package org.metoodiffusion.store;

import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.kernel.api.exceptions.Status;

/**
 * Which failures of a batch's transaction come from another transaction and go away when the batch
 * is written again: a node another writer created with a key the batch's read found missing (the
 * key constraint), and the database's transient errors (a deadlock). Recognised by their Neo4j
 * status code, whether the database is embedded or behind Bolt: here, beside the two ways
 * statements run, so that no feature package handles the driver's or the kernel's exceptions.
 */
public final class WriteConflicts {

    private static final String KEY_TAKEN = "Neo.ClientError.Schema.ConstraintValidationFailed";
    private static final String TRANSIENT = "Neo.TransientError.";

    private WriteConflicts() {
    }

    public static boolean isConflict(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            var code = code(cause);
            if (code != null && (code.equals(KEY_TAKEN) || code.startsWith(TRANSIENT))) {
                return true;
            }
        }
        return false;
    }

    private static String code(Throwable failure) {
        if (failure instanceof QueryExecutionException query) {
            return query.getStatusCode();
        }
        if (failure instanceof Status.HasStatus status) {
            return status.status().code().serialize();
        }
        if (failure instanceof Neo4jException driver) {
            return driver.code();
        }
        return null;
    }
}
