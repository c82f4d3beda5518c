package org.metoodiffusion.schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

import org.metoodiffusion.cypher.Cypher;
import org.metoodiffusion.cypher.CypherFiles;
import org.metoodiffusion.cypher.QueryLibrary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;

/**
 * Applies {@code cypher/schema/V*.cypher} at start, in version order, each exactly once. An
 * applied file that has since been edited is refused: schema history is append-only, so a change
 * goes into a new file. Statements must be idempotent ({@code IF NOT EXISTS}) so that a file
 * interrupted half-way can simply run again.
 */
// Eager even where beans start lazily (batch commands): nothing may touch the graph before the schema.
@Lazy(false)
@Service
public class SchemaMigrations {

    static final String FOLDER = "cypher/schema";
    private static final Pattern SCHEMA_STATEMENT = Pattern.compile("\\s*(CREATE|DROP)\\s+(CONSTRAINT|INDEX)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CREATE_CONSTRAINT = Pattern.compile("\\s*CREATE\\s+CONSTRAINT\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CREATE_INDEX = Pattern.compile("\\s*CREATE\\s+(\\w+\\s+)?INDEX\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrations.class);

    private final Cypher cypher;
    private final QueryLibrary queries;
    private final List<SchemaMigration> migrations;

    public SchemaMigrations(Cypher cypher, QueryLibrary queries) {
        this.cypher = cypher;
        this.queries = queries;
        this.migrations = load();
        apply();
    }

    /** The migrations found on the classpath, in version order. */
    public List<SchemaMigration> migrations() {
        return migrations;
    }

    /** Applies what is not applied yet; returns how many files it applied. */
    public int apply() {
        var applied = appliedChecksums();
        var pending = new ArrayList<SchemaMigration>();
        for (var migration : migrations) {
            var recorded = applied.get(migration.version());
            if (recorded == null) {
                pending.add(migration);
            } else if (!recorded.equals(migration.checksum())) {
                throw new SchemaMigrationException(FOLDER + "/" + migration.file()
                        + " was changed after it was applied to this database (recorded checksum " + recorded
                        + ", file now " + migration.checksum() + "). Applied schema files are append-only: restore "
                        + "the file and put the change into a new V" + String.format("%04d", nextVersion())
                        + "__<description>.cypher.");
            }
        }
        // Files that only create indexes first: their indexes populate in the background while a key
        // constraint's populates inside its CREATE CONSTRAINT, where after it they took a pass of their own.
        pending.sort(Comparator.comparing(migration -> !createsIndexesOnly(migration)));
        pending.forEach(this::run);
        if (!pending.isEmpty()) {
            LOG.info("Applied {} schema migration(s); schema at version {}", pending.size(), nextVersion() - 1);
        }
        return pending.size();
    }

    private static boolean createsIndexesOnly(SchemaMigration migration) {
        return migration.statements().stream().allMatch(statement -> CREATE_INDEX.matcher(statement).lookingAt());
    }

    private void run(SchemaMigration migration) {
        var statements = migration.statements();
        if (statements.size() > 1 && statements.stream().allMatch(s -> CREATE_CONSTRAINT.matcher(s).lookingAt())) {
            concurrently(statements);
        } else {
            // One transaction per file: indexes created together are populated in one pass over the store.
            inTransaction(statements, Map.of());
        }
        inTransaction(List.of(queries.get(SchemaQuery.RECORD_MIGRATION)), Map.of("version", migration.version(),
                "description", migration.description(), "checksum", migration.checksum(), "file", migration.file()));
    }

    /**
     * Each statement in a transaction of its own, all at once. A uniqueness constraint's index is
     * populated and verified inside its {@code CREATE CONSTRAINT}, so in one transaction the keys of
     * a large store (a bulk import's accounts, then its posts) are populated one after the other,
     * each pass leaving cores idle; on distinct labels they do not wait for each other.
     */
    private void concurrently(List<String> statements) {
        var threads = Executors.newFixedThreadPool(statements.size(), runnable -> {
            var thread = new Thread(runnable, "schema-migration");
            thread.setDaemon(true);
            return thread;
        });
        try {
            var runs = statements.stream()
                    .map(statement -> CompletableFuture.runAsync(() -> inTransaction(List.of(statement), Map.of()), threads))
                    .toList();
            for (var run : runs) {
                try {
                    run.join();
                } catch (CompletionException e) {
                    throw e.getCause() instanceof RuntimeException cause ? cause : e;
                }
            }
        } finally {
            threads.shutdown();
        }
    }

    private Map<Integer, String> appliedChecksums() {
        var applied = new HashMap<Integer, String>();
        inTransaction(List.of(queries.get(SchemaQuery.APPLIED_MIGRATIONS)), Map.of())
                .forEach(row -> applied.put(((Number) row.get("version")).intValue(), (String) row.get("checksum")));
        return applied;
    }

    /** Runs {@code statements} in one transaction and returns their rows. */
    private List<Map<String, Object>> inTransaction(List<String> statements, Map<String, Object> parameters) {
        var rows = new ArrayList<Map<String, Object>>();
        cypher.write(transaction -> statements.forEach(
                statement -> rows.addAll(transaction.query(statement, parameters))));
        return rows;
    }

    /**
     * The files that only change data (no index or constraint is created in them): fixes to what an
     * older version of the importer wrote. A store written whole by this version (bulk mode) has
     * nothing for them to change, so it records them as applied rather than running them.
     */
    public static List<SchemaMigration> dataOnly() {
        return load().stream().filter(migration -> migration.statements().stream()
                .noneMatch(statement -> SCHEMA_STATEMENT.matcher(statement).lookingAt())).toList();
    }

    private int nextVersion() {
        return migrations.get(migrations.size() - 1).version() + 1;
    }

    private static List<SchemaMigration> load() {
        var found = new ArrayList<SchemaMigration>();
        for (Resource resource : CypherFiles.list(FOLDER)) {
            found.add(SchemaMigration.parse(resource.getFilename(), CypherFiles.read(resource)));
        }
        found.sort(Comparator.comparingInt(SchemaMigration::version));
        // The same file reachable twice on the classpath (e.g. classes directory and jar) counts once.
        found = new ArrayList<>(found.stream().distinct().toList());
        for (int i = 1; i < found.size(); i++) {
            if (found.get(i).version() == found.get(i - 1).version()) {
                throw new SchemaMigrationException("Two schema files share version " + found.get(i).version() + ": "
                        + found.get(i - 1).file() + " and " + found.get(i).file());
            }
        }
        if (found.isEmpty()) {
            throw new SchemaMigrationException("No schema files found under classpath:" + FOLDER);
        }
        return List.copyOf(found);
    }
}
