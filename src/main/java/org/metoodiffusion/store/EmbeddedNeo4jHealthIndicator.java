package org.metoodiffusion.store;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Health of the embedded DBMS: out of service until the GDS and APOC procedures are registered,
 * so "UP" means every query the application offers will run.
 */
@Component
@Conditional(StoreConfiguration.EmbeddedSelected.class)
class EmbeddedNeo4jHealthIndicator extends AbstractHealthIndicator {

    private final EmbeddedNeo4j neo4j;

    EmbeddedNeo4jHealthIndicator(EmbeddedNeo4j neo4j) {
        this.neo4j = neo4j;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        boolean ready = neo4j.proceduresReady();
        builder.status(ready ? Status.UP : Status.OUT_OF_SERVICE)
                .withDetail("bolt", neo4j.boltUri().toString())
                .withDetail("procedures", ready ? "registered" : "registering");
    }
}
