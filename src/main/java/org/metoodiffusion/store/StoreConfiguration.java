package org.metoodiffusion.store;

import org.metoodiffusion.cypher.Cypher;
import org.metoodiffusion.cypher.QueryLibrary;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Starts the embedded DBMS unless {@code NEO4J_URI} names an external server, and gives the
 * application one driver to whichever it is and one {@link Cypher} that runs statements in-process
 * when it can. Spring Boot's own driver auto-configuration backs
 * off because this driver bean exists.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(Neo4jProperties.class)
class StoreConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(StoreConfiguration.class);

    @Bean(destroyMethod = "close")
    @Conditional(EmbeddedSelected.class)
    EmbeddedNeo4j embeddedNeo4j(Neo4jProperties properties, ObjectProvider<EmbeddedNeo4jEarlyStart> early) {
        var earlyStart = early.getIfAvailable();
        return earlyStart != null ? earlyStart.take(properties)
                : EmbeddedNeo4j.start(properties.embedded(), properties.database());
    }

    @Bean(destroyMethod = "close")
    Driver neo4jDriver(Neo4jProperties properties, ObjectProvider<EmbeddedNeo4j> embedded) {
        var config = Config.builder().withUserAgent("metoo-diffusion").build();
        if (properties.isEmbedded()) {
            // Without a password Bolt runs unauthenticated, which ExposureCheck allows on loopback only.
            var settings = properties.embedded();
            var driver = GraphDatabase.driver(embedded.getObject().boltUri(), settings.authenticated()
                    ? AuthTokens.basic(EmbeddedNeo4j.USER, settings.boltPassword()) : AuthTokens.none(), config);
            // Opens the pool's first Bolt connection while the context still starts, so the first health
            // check does not pay for it (about a second cold); the check itself still asks the database.
            driver.verifyConnectivityAsync().exceptionally(failure -> {
                LOG.debug("Early Bolt connection failed: {}", failure.getMessage());
                return null;
            });
            return driver;
        }
        LOG.info("Using external Neo4j at {} (database {})", properties.uri(), properties.database());
        var auth = StringUtils.hasText(properties.password())
                ? AuthTokens.basic(properties.username(), properties.password())
                : AuthTokens.none();
        return GraphDatabase.driver(properties.uri(), auth, config);
    }

    /**
     * The one way Cypher runs: in-process when the database is embedded (no Bolt round trips), over
     * the driver otherwise.
     */
    @Bean
    Cypher cypher(Neo4jProperties properties, ObjectProvider<EmbeddedNeo4j> embedded, Driver driver,
            QueryLibrary queries) {
        var local = embedded.getIfAvailable();
        return local != null ? new EmbeddedCypher(local.database(), queries)
                : new DriverCypher(driver, queries, properties.database());
    }

    /** True when no external URI is configured. */
    static final class EmbeddedSelected implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("metoo.neo4j.uri"));
        }
    }
}
