package org.metoodiffusion.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

import org.metoodiffusion.amplified.AmplifiedGraph;
import org.metoodiffusion.cypher.Cypher;
import org.metoodiffusion.cypher.QueryLibrary;
import org.metoodiffusion.cypher.WriteCounts;
import org.metoodiffusion.ingest.format.FormatReaders;
import org.metoodiffusion.store.WriteGate;
import org.springframework.stereotype.Service;

/**
 * Runs imports against the application's database: in-process when it is the embedded one,
 * over Bolt otherwise.
 */
@Service
public class ImportService {

    private final QueryLibrary queries;
    private final Cypher cypher;
    private final WriteGate gate;
    /**
     * Imports run one at a time: a batch creates the accounts and posts its read found missing, and
     * merges provisional accounts away, which holds only if no other import creates or deletes them
     * between its read and its writes (see GraphWriter). Taken before the gate's write lock.
     */
    private final ReentrantLock imports = new ReentrantLock();

    private final AmplifiedGraph amplified;

    public ImportService(QueryLibrary queries, Cypher cypher, WriteGate gate, AmplifiedGraph amplified) {
        this.amplified = amplified;
        this.queries = queries;
        this.cypher = cypher;
        this.gate = gate;
    }

    /**
     * Imports {@code inputs} (files, directories, {@code -}); bad records go to {@code rejectsPath}.
     *
     * @param format    a format name to force, or null to detect each input's
     * @param batchSize records per transaction
     */
    public ImportSummary importAll(List<String> inputs, String format, int batchSize, Path rejectsPath,
            ImportProgress progress) {
        var job = new ImportJob(FormatReaders.all(), format);
        var expanded = ImportJob.expand(inputs);
        imports.lock();
        gate.write().lock();
        try (var rejects = new RejectsFile(rejectsPath)) {
            return job.run(expanded, rejects, progress, new BatchedGraphWrites(cypher, queries, batchSize));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            gate.write().unlock();
            imports.unlock();
        }
    }

    /** What a bulk import leaves to the open database: provisional accounts merged, origins credited. */
    public WriteCounts settleBulkImport() {
        return settleBulkImport(List.of(), BulkSettling.EVERYTHING);
    }

    /**
     * {@link #settleBulkImport()}, when more changed since the offline import.
     *
     * @param alsoChanged ids of accounts whose edges changed besides (the seed story's)
     * @param settling    what there may be to settle, as the bulk import knows it
     */
    public WriteCounts settleBulkImport(Collection<String> alsoChanged, BulkSettling settling) {
        WriteCounts settled;
        imports.lock();
        gate.write().lock();
        try {
            settled = new GraphWriter(cypher, queries).settleBulkImport(alsoChanged, settling);
        } finally {
            gate.write().unlock();
            imports.unlock();
        }
        amplified.bulkSettled();
        return settled;
    }

    /** Every format name {@code --format} accepts. */
    public static List<String> formats() {
        return FormatReaders.all().stream().map(reader -> reader.name()).toList();
    }
}
