package org.metoodiffusion.cli;

import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine.Option;

/**
 * Where the graph is, shared by every command that opens it. Options are named like cypher-shell's
 * and override the environment variables of the configuration table (docs/configuration.md).
 */
final class DatabaseOptions {

    @Option(names = {"-a", "--address"}, description = "External Neo4j URI (bolt://, neo4j://); default: embedded. Env: NEO4J_URI")
    String address;

    @Option(names = {"-u", "--username"}, description = "External Neo4j user. Env: NEO4J_USERNAME")
    String username;

    @Option(names = {"-p", "--password"}, interactive = true, arity = "0..1",
            description = "External Neo4j password (prompted when given without value). Env: NEO4J_PASSWORD")
    String password;

    @Option(names = {"-d", "--database"}, description = "Database name. Env: NEO4J_DATABASE")
    String database;

    @Option(names = "--data-dir", description = "Embedded Neo4j home. Env: METOO_DATA_DIR (default ./data)")
    Path dataDir;

    @Option(names = "--no-seed", description = "Do not load the seed story into an empty database. Env: METOO_SEED=false")
    boolean noSeed;

    /** The embedded home this command means: the option, else {@code METOO_DATA_DIR}, else {@code data}. */
    Path dataDirOrDefault() {
        return dataDir != null ? dataDir : Path.of(System.getenv().getOrDefault("METOO_DATA_DIR", "data"));
    }

    /** The database name this command means: the option, else {@code NEO4J_DATABASE}, else {@code neo4j}. */
    String databaseOrDefault() {
        return database != null ? database : System.getenv().getOrDefault("NEO4J_DATABASE", "neo4j");
    }

    /** The options as Spring command-line properties, which take precedence over the environment. */
    void addTo(List<String> arguments) {
        SpringArguments.add(arguments, "metoo.neo4j.uri", address);
        SpringArguments.add(arguments, "metoo.neo4j.username", username);
        SpringArguments.add(arguments, "metoo.neo4j.password", password);
        SpringArguments.add(arguments, "metoo.neo4j.database", database);
        SpringArguments.add(arguments, "spring.data.neo4j.database", database);
        SpringArguments.add(arguments, "metoo.neo4j.embedded.data-dir", dataDir);
        if (noSeed) {
            SpringArguments.add(arguments, "metoo.seed.enabled", false);
        }
    }
}
