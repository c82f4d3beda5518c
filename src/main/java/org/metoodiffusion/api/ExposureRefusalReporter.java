package org.metoodiffusion.api;

import org.springframework.boot.SpringBootExceptionReporter;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Keeps Spring Boot from logging an {@link ExposureRefusedException} as "Application run failed"
 * with a stack trace: the refusal is a configuration answer, and the command line prints its one
 * line ({@code cli.FailureMessages}).
 */
public class ExposureRefusalReporter implements SpringBootExceptionReporter {

    public ExposureRefusalReporter(ConfigurableApplicationContext context) {
        // Spring Boot passes the context (null when start-up failed before there was one): not needed.
    }

    @Override
    public boolean reportException(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ExposureRefusedException) {
                return true;
            }
        }
        return false;
    }
}
