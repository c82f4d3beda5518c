package org.metoodiffusion.cli;

import org.metoodiffusion.api.ExposureRefusedException;
import org.metoodiffusion.schema.SchemaMigrationException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failed command into one line saying what went wrong and what to do (exit code 1). The
 * stack trace is printed only with {@code METOO_DEBUG=true}.
 */
final class FailureMessages implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception failure, CommandLine command, ParseResult parseResult) {
        command.getErr().println("metoo-diffusion " + command.getCommandName() + ": " + explain(failure));
        if (Boolean.parseBoolean(System.getenv("METOO_DEBUG"))) {
            failure.printStackTrace(command.getErr());
        }
        return 1;
    }

    static String explain(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            var name = cause.getClass().getName();
            if (name.endsWith("FileLockException") || (cause.getMessage() != null
                    && cause.getMessage().contains("Lock file has been locked by another process"))) {
                return "the database directory is in use by another process (is `serve` running on it?). "
                        + "Stop it, or send the data through it with -a bolt://127.0.0.1:7687.";
            }
            if (cause instanceof SchemaMigrationException || cause instanceof IllegalArgumentException
                    || cause instanceof ExposureRefusedException) {
                return cause.getMessage();
            }
            if (name.startsWith("org.neo4j.driver.exceptions.ServiceUnavailable")) {
                return "Neo4j cannot be reached: " + cause.getMessage();
            }
        }
        var root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage())
                + " (METOO_DEBUG=true prints the stack trace)";
    }
}
