package org.metoodiffusion.store;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;

/**
 * Starts the embedded DBMS (and, behind it, the GDS and APOC registration) on its own thread as
 * soon as the configuration is known, so that it runs beside the building of the web context
 * instead of after half of it: the server's start-up is those two paths side by side, not one
 * after the other. The {@link EmbeddedNeo4j} bean then takes the started DBMS.
 *
 * <p>Added by the command line ({@code serve} and the batch commands) to contexts it opens once
 * nothing writes the store offline any more: a bulk import opens its context after Neo4j's offline
 * importer is done. Contexts built without it (tests) start the DBMS in the bean, as before.
 */
public final class EmbeddedNeo4jEarlyStart implements ApplicationListener<SpringApplicationEvent> {

    private CompletableFuture<EmbeddedNeo4j> started;
    private boolean taken;

    @Override
    public void onApplicationEvent(SpringApplicationEvent event) {
        if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
            var properties = Binder.get(prepared.getEnvironment()).bind("metoo.neo4j", Neo4jProperties.class)
                    .orElse(null);
            if (properties != null && properties.isEmbedded()) {
                start(properties);
            }
        } else if (event instanceof ApplicationPreparedEvent prepared && started != null) {
            prepared.getApplicationContext().getBeanFactory().registerSingleton("embeddedNeo4jEarlyStart", this);
        } else if (event instanceof ApplicationFailedEvent) {
            closeUntaken();
        }
    }

    private void start(Neo4jProperties properties) {
        started = new CompletableFuture<>();
        var thread = new Thread(() -> {
            try {
                started.complete(EmbeddedNeo4j.start(properties.embedded(), properties.database()));
            } catch (Throwable e) {
                started.completeExceptionally(e);
            }
        }, "neo4j-start");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * The DBMS started for these settings, once it is up; the failure of its start as it was thrown.
     * Settings that differ from those it started with (a context customised after the environment
     * was prepared) are refused rather than silently ignored.
     */
    synchronized EmbeddedNeo4j take(Neo4jProperties properties) {
        try {
            var neo4j = started.join();
            taken = true;
            if (!neo4j.startedWith(properties.embedded(), properties.database())) {
                neo4j.close();
                throw new IllegalStateException("The embedded Neo4j started early with other settings than the "
                        + "application's " + properties.embedded() + ", database " + properties.database());
            }
            return neo4j;
        } catch (CompletionException e) {
            taken = true;
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }

    /** A start that failed before the bean took the DBMS must not leave it running (nor its store locked). */
    private synchronized void closeUntaken() {
        if (started != null && !taken) {
            taken = true;
            started.thenAccept(EmbeddedNeo4j::close);
        }
    }
}
