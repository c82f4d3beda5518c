package org.metoodiffusion.store;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.List;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded Neo4j 5.26 DBMS: one database, Bolt on the configured (loopback) address so that
 * drivers, cypher-shell and Neo4j Browser connect to it, and the Graph Data Science and APOC
 * procedures registered in-process (embedded Neo4j has no plugins folder to scan), in the
 * background while the application starts.
 *
 * <p>{@link #close()} stops it cleanly; the data directory survives for the next start.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedNeo4j.class);

    /** The user Bolt clients authenticate as when a password is configured. */
    public static final String USER = "neo4j";

    private final DatabaseManagementService dbms;
    private final GraphDatabaseService database;
    private final URI boltUri;
    private final CompletableFuture<Integer> procedures;
    private final Neo4jProperties.Embedded settings;
    private final String databaseName;

    private EmbeddedNeo4j(DatabaseManagementService dbms, GraphDatabaseService database, URI boltUri,
            CompletableFuture<Integer> procedures, Neo4jProperties.Embedded settings, String databaseName) {
        this.settings = settings;
        this.databaseName = databaseName;
        this.dbms = dbms;
        this.database = database;
        this.boltUri = boltUri;
        this.procedures = procedures;
    }

    /** Starts the DBMS in {@code settings.dataDir()} and waits until Bolt accepts connections. */
    public static EmbeddedNeo4j start(Neo4jProperties.Embedded settings, String databaseName) {
        long started = System.nanoTime();
        var home = settings.dataDir().toAbsolutePath();
        if (settings.authenticated()) {
            setPassword(home, settings);
        }
        var builder = new DatabaseManagementServiceBuilder(home)
                .setConfig(GraphDatabaseSettings.auth_enabled, settings.authenticated())
                .setConfig(GraphDatabaseSettings.initial_default_database, databaseName)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address,
                        new SocketAddress(settings.boltAddress(), settings.boltPort()))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("gds.*", "apoc.*"))
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // Without this Bolt waits two seconds of "quiet" per event loop on every shutdown.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(5))
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(settings.pageCache()));
        var overrides = home.resolve("neo4j.conf");
        if (Files.isRegularFile(overrides)) {
            // Any further Neo4j setting, for those who know them; loaded last so it wins.
            builder.loadPropertiesFromFile(overrides);
        }
        var dbms = builder.build();
        try {
            var database = dbms.database(databaseName);
            var api = (GraphDatabaseAPI) database;
            var bolt = api.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                    .getLocalAddress(ConnectorType.BOLT);
            var uri = boltUri(bolt);
            LOG.info("Embedded Neo4j started in {} ms: home {}, Bolt {}",
                    (System.nanoTime() - started) / 1_000_000, home, uri);
            return new EmbeddedNeo4j(dbms, database, uri, settings.procedures() ? registerProceduresInBackground(api)
                    : CompletableFuture.failedFuture(new IllegalStateException(
                            "not registered in this run (metoo.neo4j.embedded.procedures=false)")), settings, databaseName);
        } catch (RuntimeException e) {
            dbms.shutdown();
            throw e;
        }
    }

    /**
     * Sets the {@code neo4j} user's password with Bolt off, so that Bolt never listens while the user
     * still has the default password {@code neo4j} (a new store) or an old one. Costs a short start of
     * the DBMS without its connectors, only when a password is configured.
     */
    private static void setPassword(Path home, Neo4jProperties.Embedded settings) {
        long started = System.nanoTime();
        var dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, false)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse("8m"))
                .build();
        try {
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER " + USER + " SET PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("password", settings.boltPassword()));
        } catch (RuntimeException e) {
            // Neo4j refuses to set the password the user has already: then there is nothing to do.
            if (e.getMessage() == null || !e.getMessage().contains("cannot be the same")) {
                throw new IllegalStateException("Could not set the Bolt password (METOO_BOLT_PASSWORD): "
                        + e.getMessage(), e);
            }
        } finally {
            dbms.shutdown();
        }
        LOG.info("Bolt authentication on (user {}); password set in {} ms", USER, (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Registering GDS and APOC takes seconds (one compiled wrapper per procedure); the schema and
     * the seed story do not need them, so it runs beside the rest of the start-up and {@link #awaitProcedures} waits for it where they are needed.
     */
    private static CompletableFuture<Integer> registerProceduresInBackground(GraphDatabaseAPI api) {
        var executor = Executors.newSingleThreadExecutor(runnable -> {
            var thread = new Thread(runnable, "neo4j-procedure-registration");
            thread.setDaemon(true);
            return thread;
        });
        try {
            return CompletableFuture.supplyAsync(() -> new ProcedureRegistrar(api).registerAllAtOnce(),
                    executor);
        } finally {
            executor.shutdown();
        }
    }

    /**
     * Waits until the GDS and APOC procedures are registered.
     *
     * @return true when they are, false if the wait timed out
     * @throws IllegalStateException if registration failed
     */
    public boolean awaitProcedures(Duration timeout) {
        try {
            procedures.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException("Registering the GDS and APOC procedures failed", e.getCause());
        }
    }

    /** True once the GDS and APOC procedures are callable. */
    public boolean proceduresReady() {
        return procedures.isDone() && !procedures.isCompletedExceptionally();
    }

    /**
     * Where this process reaches its own Bolt connector: the bound address, or loopback when it
     * listens on every interface (the wildcard is no address to connect to).
     */
    private static URI boltUri(HostnamePort bolt) {
        var host = bolt.getHost();
        boolean wildcard = host.replaceAll("[0.:]", "").isEmpty(); // 0.0.0.0, ::, 0:0:0:0:0:0:0:0
        var reachable = wildcard ? "127.0.0.1" : host.contains(":") ? "[" + host + "]" : host;
        return URI.create("bolt://" + reachable + ":" + bolt.getPort());
    }

    /** True when this DBMS was started with these settings and database name. */
    boolean startedWith(Neo4jProperties.Embedded settings, String databaseName) {
        return this.settings.equals(settings) && this.databaseName.equals(databaseName);
    }

    /** Bolt address actually bound (the real port when 0 was asked for). */
    public URI boltUri() {
        return boltUri;
    }

    /** The database itself, for in-process work that Bolt would slow down (bulk import). */
    public GraphDatabaseService database() {
        return database;
    }

    @Override
    public void close() {
        long started = System.nanoTime();
        // Registration holds kernel resources: let it finish rather than pull the database from under it.
        try {
            procedures.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // failed or not done: either way nothing more to wait for
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        dbms.shutdown();
        LOG.info("Embedded Neo4j stopped in {} ms", (System.nanoTime() - started) / 1_000_000);
    }
}
