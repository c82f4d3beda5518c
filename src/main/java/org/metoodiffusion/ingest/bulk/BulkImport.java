package org.metoodiffusion.ingest.bulk;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.metoodiffusion.ingest.BulkSettling;
import org.metoodiffusion.ingest.ImportJob;
import org.metoodiffusion.ingest.ImportProgress;
import org.metoodiffusion.ingest.ImportSummary;
import org.metoodiffusion.ingest.RejectsFile;
import org.metoodiffusion.ingest.format.FormatReaders;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.importer.ImportCommand;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import picocli.CommandLine;

/**
 * Builds a database that does not exist yet from the inputs: the same readers write offline-import
 * CSV files, then Neo4j's offline importer ({@code neo4j-admin database import full}) builds the
 * store from them. The database must not be running. Schema, provisional accounts and origin
 * credits are settled afterwards, when the application opens the database.
 */
public final class BulkImport {

    /** Formats whose posts arrive whole, one description each, as bulk mode needs. */
    private static final List<String> WHOLE_POST_FORMATS = List.of("twarc2", "twitter-v1", "twarc-csv",
            "twarc-json2csv", "snap", "snap-follows");

    /**
     * The heap Neo4j's offline importer asks for ("Suggested heap size is 1.000GiB"); with much less
     * it fails midway (at 256 MB the JVM crashed in its relationship cache). Bulk mode's own tables
     * are off the heap; what else it keeps there is bounded (batches in flight) or small (distinct
     * hashtags), so 1 GB served three million posts as well as one.
     */
    private static final long IMPORTER_HEAP = 1L << 30;

    private BulkImport() {
    }

    /**
     * What a bulk import did.
     *
     * @param reading       reading the inputs and writing the CSV files
     * @param offlineImport time Neo4j's offline importer took
     * @param tableBytes    size the de-duplication tables reached, off the heap
     * @param settling      what the database has to settle when it opens
     */
    public record Result(ImportSummary reading, Duration offlineImport, long tableBytes, BulkSettling settling) {
    }

    /**
     * @param home     home of the embedded DBMS (the data directory)
     * @param database database name; it must not exist yet
     * @return the reading summary; graph counts are read once the database is open
     */
    public static ImportSummary run(List<String> inputs, String format, Path home, String database,
            RejectsFile rejects, ImportProgress progress) throws IOException {
        return runMeasured(inputs, format, home, database, rejects, progress).reading();
    }

    /** {@link #run}, with the time of each phase. */
    public static Result runMeasured(List<String> inputs, String format, Path home, String database,
            RejectsFile rejects, ImportProgress progress) throws IOException {
        // Neo4j's offline importer takes absolute paths only; users give --data-dir relative to here.
        home = home.toAbsolutePath().normalize();
        var store = home.resolve("data").resolve("databases").resolve(database);
        if (Files.exists(store)) {
            throw new IllegalArgumentException("Bulk mode builds a new database, and " + store + " exists already. "
                    + "Use a new --data-dir, or import without --bulk (transactions merge into what is there).");
        }
        long heap = Runtime.getRuntime().maxMemory();
        if (heap < IMPORTER_HEAP * 9 / 10) {
            throw new IllegalArgumentException("Bulk mode runs Neo4j's offline importer, which needs a heap of 1 GB; "
                    + "this JVM has " + (heap >> 20) + " MB. Run java with -Xmx1g, or import without --bulk.");
        }
        requireWholePosts(format);
        var csv = Files.createDirectories(home.resolve("bulk-import"));
        var read = read(inputs, format, csv, rejects, progress);
        // The sink's tables are unmapped and deleted: the importer gets the memory.
        long started = System.nanoTime();
        runOfflineImporter(home, database, read.files());
        var result = new Result(read.summary(), Duration.ofNanos(System.nanoTime() - started), read.tableBytes(),
                read.settling());
        deleteRecursively(csv);
        return result;
    }

    /**
     * The node and relationship files of a bulk import, kept in {@code directory} for
     * {@code neo4j-admin database import full} on a Neo4j server the user runs; no store is built.
     *
     * @param directory where the files go: it must not exist or be empty
     * @param database  the database the printed command builds
     */
    public static AdminCsv emitAdminCsv(List<String> inputs, String format, Path directory, String database,
            RejectsFile rejects, ImportProgress progress) throws IOException {
        directory = directory.toAbsolutePath().normalize();
        if (Files.exists(directory) && !isEmptyDirectory(directory)) {
            throw new IllegalArgumentException(directory + " exists and is not empty: --emit-admin-csv writes into "
                    + "a new or empty directory, so that no file of another import is loaded with these.");
        }
        requireWholePosts(format);
        var read = read(inputs, format, Files.createDirectories(directory), rejects, progress);
        return new AdminCsv(read.summary(), directory, read.files().adminArguments(), database);
    }

    /** What reading the inputs into CSV files gave. */
    private record Read(ImportSummary summary, CsvFiles files, long tableBytes, BulkSettling settling) {
    }

    private static Read read(List<String> inputs, String format, Path csv, RejectsFile rejects,
            ImportProgress progress) throws IOException {
        try (var sink = new BulkCsvSink(csv)) {
            var summary = new ImportJob(FormatReaders.all().stream()
                    .filter(reader -> WHOLE_POST_FORMATS.contains(reader.name())).toList(), format)
                    .run(ImportJob.expand(inputs), rejects, progress, sink);
            return new Read(summary, sink.files(), sink.tableBytes(), sink.settling());
        }
    }

    private static void requireWholePosts(String format) {
        if (format != null && !WHOLE_POST_FORMATS.contains(format)) {
            throw new IllegalArgumentException("Bulk mode reads " + WHOLE_POST_FORMATS + "; import '" + format
                    + "' without --bulk.");
        }
    }

    private static boolean isEmptyDirectory(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return false;
        }
        try (var entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void runOfflineImporter(Path home, String database, CsvFiles files) throws IOException {
        var conf = Files.createDirectories(home.resolve("conf"));
        var logs = Files.createDirectories(home.resolve("logs"));
        var log = logs.resolve("bulk-import.log");
        try (var out = new PrintStream(Files.newOutputStream(log), true, StandardCharsets.UTF_8)) {
            var context = new ExecutionContext(home, conf, out, out, new DefaultFileSystemAbstraction());
            var arguments = new ArrayList<>(files.importerArguments());
            // Every node comes with its own record id (NodeIds): the importer has no id to look up.
            arguments.add("--id-type=actual");
            // Every node and edge is written once, so any bad entry is a fault: stop rather than skip.
            // Twice as many threads as cores: its stages wait on I/O (1M posts, 2 cores: 22 s with 2, 17-19 s
            // with 4).
            arguments.add("--threads=" + 2 * Runtime.getRuntime().availableProcessors());
            arguments.addAll(List.of("--bad-tolerance=0",
                    "--report-file=" + logs.resolve("bulk-import-report.txt"), "--verbose", database));
            int exit = new CommandLine(new ImportCommand.Full(context)).execute(arguments.toArray(String[]::new));
            if (exit != 0) {
                throw new IllegalStateException("Neo4j's offline importer failed (exit " + exit + "); see " + log);
            }
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
