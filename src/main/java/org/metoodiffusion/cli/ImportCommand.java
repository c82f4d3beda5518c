package org.metoodiffusion.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.metoodiffusion.ingest.ImportJob;
import org.metoodiffusion.ingest.ImportProgress;
import org.metoodiffusion.ingest.ImportService;
import org.metoodiffusion.ingest.ImportSummary;
import org.metoodiffusion.ingest.RejectsFile;
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

    @Override
    public Integer call() throws Exception {
        var names = inputs.isEmpty() ? List.of("-") : inputs;
        long total = ImportJob.expand(names).stream().filter(name -> !"-".equals(name))
                .mapToLong(name -> Path.of(name).toFile().length()).sum();
        if (format != null && !ImportService.formats().contains(format)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Unknown format '" + format + "'; known: "
                    + ImportService.formats());
        }
        if (bulk && database.address != null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--bulk builds an embedded database; it cannot write to a server (-a)");
        }
        ImportSummary bulkSummary = null;
        if (bulk) {
            try (var progress = ImportProgress.forConsole(total, quiet); var report = new RejectsFile(rejects)) {
                bulkSummary = BulkImport.run(names, format, database.dataDirOrDefault(), database.databaseOrDefault(),
                        report, progress);
            }
        }
        // Importing calls no GDS or APOC procedure; registering them would take seconds of CPU.
        try (var batch = BatchContext.open(database, List.of("--metoo.neo4j.embedded.procedures=false"));
                var progress = ImportProgress.forConsole(total, quiet)) {
            var importer = batch.service(ImportService.class);
            List<String> seedAccounts = List.of();
            if (bulk && !database.noSeed) {
                // A bulk-built database is never empty at start, so the seed story joins it here.
                seedAccounts = batch.service(SeedStoryLoader.class).load();
            }
            ImportSummary summary;
            if (bulk) {
                var settled = importer.settleBulkImport(seedAccounts);
                // The offline importer reports no counts: the new database holds what this import created.
                var stats = batch.service(GraphStatsService.class).stats();
                summary = bulkSummary.createdInBulk(stats.nodes().values().stream().mapToLong(Long::longValue).sum(),
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

    /** Format names for the help text. */
    static final class FormatNames extends ArrayList<String> {
        FormatNames() {
            super(ImportService.formats());
        }
    }
}
