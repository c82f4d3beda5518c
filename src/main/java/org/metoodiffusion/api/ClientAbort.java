package org.metoodiffusion.api;

import java.io.IOException;
import java.util.Locale;

import org.springframework.web.context.request.async.AsyncRequestNotUsableException;

/**
 * Recognises a client that hung up while its response was being written (a download piped into
 * {@code head}, a closed browser tab). Nothing is wrong on the server then, and there is no one
 * left to answer, so it is neither an error to log nor a problem to write.
 */
final class ClientAbort {

    private ClientAbort() {
    }

    static boolean isCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof AsyncRequestNotUsableException
                    || cause.getClass().getName().equals("org.apache.catalina.connector.ClientAbortException")) {
                return true;
            }
            if (cause instanceof IOException && cause.getMessage() != null) {
                var message = cause.getMessage().toLowerCase(Locale.ROOT);
                if (message.contains("broken pipe") || message.contains("connection reset")
                        || message.contains("connection was aborted")) {
                    return true;
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
