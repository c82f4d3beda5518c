package org.metoodiffusion.store;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.util.StringUtils;

/**
 * Connection settings, bound from {@code metoo.neo4j.*} (each backed by an environment variable,
 * see application.yml).
 *
 * @param uri      external server ({@code bolt://}, {@code neo4j://}, ...); blank starts the embedded one
 * @param username user for the external server
 * @param password password for the external server (never committed; from the environment)
 * @param database database name
 * @param embedded settings of the embedded DBMS
 */
@ConfigurationProperties("metoo.neo4j")
public record Neo4jProperties(String uri, String username, String password, String database,
        Embedded embedded) {

    public Neo4jProperties {
        database = StringUtils.hasText(database) ? database : "neo4j";
        embedded = embedded == null ? new Embedded(null, null, null, null, null, null) : embedded;
    }

    /** True when no external URI is configured, so the application starts its own Neo4j. */
    public boolean isEmbedded() {
        return !StringUtils.hasText(uri);
    }

    @Override
    public String toString() {
        return "Neo4jProperties[uri=" + uri + ", username=" + username + ", password="
                + (StringUtils.hasText(password) ? "(set)" : "none") + ", database=" + database + ", embedded=" + embedded + "]";
    }

    /**
     * @param dataDir     home of the embedded DBMS (databases, transaction logs)
     * @param boltAddress interface Bolt binds to; loopback unless configured otherwise
     * @param boltPort    Bolt port, 0 for any free port (tests)
     * @param pageCache   page cache size in Neo4j notation ({@code 512m}, {@code 4g})
     * @param procedures  whether to register GDS and APOC (default true; an import needs neither)
     * @param boltPassword password of the {@code neo4j} user, turning on Neo4j's native authentication
     *                    ({@code METOO_BOLT_PASSWORD}); blank: none, allowed on loopback only. A secret:
     *                    {@link #toString()} hides it
     */
    public record Embedded(Path dataDir, String boltAddress, Integer boltPort, String pageCache, Boolean procedures,
            String boltPassword) {

        /** Settings with the procedures registered, without authentication. */
        public Embedded(Path dataDir, String boltAddress, Integer boltPort, String pageCache) {
            this(dataDir, boltAddress, boltPort, pageCache, null, null);
        }

        /** Settings without authentication. */
        public Embedded(Path dataDir, String boltAddress, Integer boltPort, String pageCache, Boolean procedures) {
            this(dataDir, boltAddress, boltPort, pageCache, procedures, null);
        }

        @ConstructorBinding
        public Embedded {
            procedures = procedures == null || procedures;
            dataDir = dataDir == null ? Path.of("data") : dataDir;
            boltAddress = StringUtils.hasText(boltAddress) ? boltAddress : "127.0.0.1";
            boltPort = boltPort == null ? 7687 : boltPort;
            pageCache = StringUtils.hasText(pageCache) ? pageCache : "512m";
            boltPassword = StringUtils.hasText(boltPassword) ? boltPassword : null;
            if (boltPort < 0 || boltPort > 65535) {
                throw new IllegalArgumentException("METOO_BOLT_PORT must be 0..65535, was " + boltPort);
            }
        }

        /** True when Bolt asks for the {@code neo4j} user's password. */
        public boolean authenticated() {
            return boltPassword != null;
        }

        @Override
        public String toString() {
            return "Embedded[dataDir=" + dataDir + ", boltAddress=" + boltAddress + ", boltPort=" + boltPort
                    + ", pageCache=" + pageCache + ", procedures=" + procedures + ", boltPassword="
                    + (boltPassword == null ? "none" : "(set)") + "]";
        }
    }
}
