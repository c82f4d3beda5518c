package org.metoodiffusion.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.metoodiffusion.ingest.BulkSettling;
import org.metoodiffusion.ingest.ImportJob;
import org.metoodiffusion.ingest.ImportProgress;
import org.metoodiffusion.ingest.ImportService;
import org.metoodiffusion.ingest.ImportSummary;
import org.metoodiffusion.ingest.RejectsFile;
import org.metoodiffusion.ingest.bulk.AdminCsv;
import org.metoodiffusion.ingest.bulk.BulkImport;
import org.metoodiffusion.seed.SeedStoryLoader;
import org.metoodiffusion.stats.GraphStatsService;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Imports files, directories or stdin into the graph. Exit code 0 when every record loaded, 3
 * when some were rejected or flagged (see the rejects file), 1 when the import could not run.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import Twitter data into the graph: v1.1 JSON, twarc2 JSONL, twarc-csv, twarc1 json2csv, "
                + "tweet-id lists, reply pairs, SNAP edge lists, the CSV trio. gzip is read transparently; each "
                + "input's format is detected from its first lines.",
                "Idempotent: importing the same data again changes nothing; after an interruption, run the same "
                        + "command again to complete it."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every record loaded", "1:the import could not run", "2:bad command line",
                "3:some records were rejected or flagged (see the rejects file)"})
final class ImportCommand implements Callable<Integer> {

    static final int SOME_REJECTED = 3;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Files or directories; '-' or nothing reads stdin.")
    List<String> inputs = new ArrayList<>();

    @Option(names = {"-f", "--format"}, description = "Force a format: ${COMPLETION-CANDIDATES}. Default: detect.",
            completionCandidates = FormatNames.class)
    String format;

    @Option(names = "--batch-size", defaultValue = "5000", description = "Records per transaction (default ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--rejects", defaultValue = "import-rejects.jsonl",
            description = "Where bad records are reported, one JSON object per line (default ${DEFAULT-VALUE}).")
    Path rejects;

    @Option(names = {"-q", "--quiet"}, description = "No progress output.")
    boolean quiet;

    @Option(names = "--bulk", description = {"Build a new embedded database with Neo4j's offline importer: several "
            + "times faster, for big datasets. The database must not exist yet and no server may run on it; "
            + "formats whose posts arrive whole only (not the CSV trio)."})
    boolean bulk;

    @Option(names = "--emit-admin-csv", paramLabel = "DIR", description = {"Write the node and relationship files "
            + "for 'neo4j-admin database import full' into DIR (new or empty) and print the command that loads them "
            + "into a Neo4j server or cluster you run, then the one that settles the result (--settle); no database "
            + "is opened. Formats as --bulk."})
    Path emitAdminCsv;

    @Option(names = "--settle", description = {"Settle a database built by neo4j-admin from --emit-admin-csv files "
            + "(with -a for a server): schema, provisional accounts merged into their ids, edit authors, origin "
            + "credits, the seed story unless --no-seed. Takes no INPUT."})
    boolean settle;

    @Override
    public Integer call() throws Exception {
        if (format != null && !ImportService.formats().contains(format)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Unknown format '" + format + "'; known: "
                    + ImportService.formats());
        }
        checkModes();
        if (emitAdminCsv != null) {
            return emit();
        }
        if (settle) {
            return settle();
        }
        var names = inputs.isEmpty() ? List.of("-") : inputs;
        long total = ImportJob.expand(names).stream().filter(name -> !"-".equals(name))
                .mapToLong(name -> Path.of(name).toFile().length()).sum();
        if (bulk && database.address != null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--bulk builds an embedded database; it cannot write to a server (-a)");
        }
        BulkImport.Result bulkResult = null;
        if (bulk) {
            try (var progress = ImportProgress.forConsole(total, quiet); var report = new RejectsFile(rejects)) {
                bulkResult = BulkImport.runMeasured(names, format, database.dataDirOrDefault(),
                        database.databaseOrDefault(), report, progress);
            }
        }
        // Importing calls no GDS or APOC procedure; registering them would take seconds of CPU.
        try (var batch = BatchContext.open(database, List.of("--metoo.neo4j.embedded.procedures=false"));
                var progress = ImportProgress.forConsole(total, quiet)) {
            var importer = batch.service(ImportService.class);
            List<String> seedAccounts = List.of();
            var settling = bulk ? bulkResult.settling() : BulkSettling.EVERYTHING;
            if (bulk && !database.noSeed) {
                // A bulk-built database is never empty at start, so the seed story joins it here; what it
                // adds (origins, accounts by handle) is not in what the bulk import knows.
                seedAccounts = batch.service(SeedStoryLoader.class).load();
                settling = BulkSettling.EVERYTHING;
            }
            ImportSummary summary;
            if (bulk) {
                var settled = importer.settleBulkImport(seedAccounts, settling);
                // The offline importer reports no counts: the new database holds what this import created.
                var stats = batch.service(GraphStatsService.class).stats();
                summary = bulkResult.reading().createdInBulk(stats.nodes().values().stream().mapToLong(Long::longValue).sum(),
                        stats.relationships().values().stream().mapToLong(Long::longValue).sum(), settled);
            } else {
                summary = importer.importAll(names, format, batchSize, rejects, progress);
            }
            progress.close();
            System.out.println(summary.describe());
            if (summary.rejected() + summary.flagged() > 0) {
                System.out.println("Bad input reported in " + rejects.toAbsolutePath());
                return SOME_REJECTED;
            }
            return 0;
        }
    }

    /** --bulk, --emit-admin-csv and --settle each want a database of their own kind, or none. */
    private void checkModes() throws IOException {
        if (emitAdminCsv != null) {
            if (bulk || settle) {
                throw parameterError("--emit-admin-csv only writes files: it cannot be combined with "
                        + (bulk ? "--bulk" : "--settle"));
            }
            if (database.address != null || database.dataDir != null) {
                throw parameterError("--emit-admin-csv writes files and opens no database: drop "
                        + (database.address != null ? "-a" : "--data-dir") + " (use -a with --settle once "
                        + "neo4j-admin has built the database)");
            }
            if (Files.exists(emitAdminCsv) && !isEmptyDirectory(emitAdminCsv)) {
                throw parameterError(emitAdminCsv + " exists and is not empty: --emit-admin-csv writes into a new or "
                        + "empty directory, so that no file of another import is loaded with these");
            }
        }
        if (settle && (bulk || !inputs.isEmpty())) {
            throw parameterError("--settle settles a database neo4j-admin built; it takes no INPUT and no --bulk");
        }
    }

    private Integer emit() throws IOException {
        long total = ImportJob.expand(inputs.isEmpty() ? List.of("-") : inputs).stream()
                .filter(name -> !"-".equals(name)).mapToLong(name -> Path.of(name).toFile().length()).sum();
        AdminCsv written;
        try (var progress = ImportProgress.forConsole(total, quiet); var report = new RejectsFile(rejects)) {
            written = BulkImport.emitAdminCsv(inputs.isEmpty() ? List.of("-") : inputs, format, emitAdminCsv,
                    database.databaseOrDefault(), report, progress);
        }
        var reading = written.reading();
        System.out.printf("""
                Read %,d record(s) (rejected %,d, flagged %,d); the offline-import files are in %s.
                On the Neo4j server, with the database absent or stopped (add --overwrite-destination=true to replace it):
                  %s
                Then start (or CREATE DATABASE) it and settle it from here (schema, provisional accounts, origin credits):
                  java -jar metoo-diffusion.jar import --settle -a neo4j://SERVER:7687 -d %s
                %n""", reading.records(), reading.rejected(), reading.flagged(), written.directory(), written.command(),
                written.database());
        if (reading.rejected() + reading.flagged() > 0) {
            System.out.println("Bad input reported in " + rejects.toAbsolutePath());
            return SOME_REJECTED;
        }
        return 0;
    }

    private Integer settle() {
        try (var batch = BatchContext.open(database, List.of("--metoo.neo4j.embedded.procedures=false"))) {
            List<String> seedAccounts = database.noSeed ? List.of() : batch.service(SeedStoryLoader.class).load();
            var settled = batch.service(ImportService.class).settleBulkImport(seedAccounts, BulkSettling.EVERYTHING);
            System.out.printf("Settled: %,d provisional account(s) merged into their ids, %,d relationship(s) created; "
                    + "schema applied%s.%n", settled.nodesDeleted(), settled.relationshipsCreated(),
                    database.noSeed ? "" : ", seed story loaded");
            return 0;
        }
    }

    private CommandLine.ParameterException parameterError(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    private static boolean isEmptyDirectory(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return false;
        }
        try (var entries = Files.list(path)) {
            return entries.findAny().isEmpty();
        }
    }

    /** Format names for the help text. */
    static final class FormatNames extends ArrayList<String> {
        FormatNames() {
            super(ImportService.formats());
        }
    }
}
