package org.metoodiffusion.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import org.metoodiffusion.ingest.format.FormatReader;

/**
 * One run of the importer over files, directories (all files below, in name order) and stdin
 * ({@code -}). Each input's format is forced or detected from its first lines; the items of each
 * record that reads whole go to a {@link RecordConsumer}; bad records go to the rejects file while
 * the good ones around them load.
 */
public final class ImportJob {

    private final List<FormatReader> readers;
    private final Optional<FormatReader> forced;

    public ImportJob(List<FormatReader> readers, String format) {
        this.readers = List.copyOf(readers);
        this.forced = format == null ? Optional.empty() : Optional.of(readers.stream()
                .filter(reader -> reader.name().equals(format)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown format '" + format + "'; known: "
                        + readers.stream().map(FormatReader::name).toList())));
    }

    /** Expands directories and checks every named input exists, before anything is written. */
    public static List<String> expand(List<String> names) {
        var inputs = new ArrayList<String>();
        for (String name : names) {
            if ("-".equals(name)) {
                inputs.add(name);
                continue;
            }
            var path = Path.of(name);
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.walk(path)) {
                    files.filter(Files::isRegularFile)
                            .filter(file -> !file.getFileName().toString().startsWith("."))
                            .sorted().forEach(file -> inputs.add(file.toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot list " + name, e);
                }
            } else if (Files.isRegularFile(path)) {
                inputs.add(name);
            } else {
                throw new IllegalArgumentException("No such file or directory: " + name);
            }
        }
        return inputs;
    }

    public ImportSummary run(List<String> inputs, RejectsFile rejects, ImportProgress progress,
            RecordConsumer consumer) {
        long started = System.nanoTime();
        var sink = new CountingSink(rejects, progress, consumer);
        // The calling thread delivers to the sink (about half the work): it keeps a core of its own.
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
        var workers = Executors.newFixedThreadPool(threads, runnable -> {
            var thread = new Thread(runnable, "import-reader");
            thread.setDaemon(true);
            return thread;
        });
        try {
            var parallel = new ParallelLines(workers, threads);
            for (String name : inputs) {
                sink.startInput(name);
                try (var input = ImportInput.open(name)) {
                    sink.input = input;
                    readInput(input, sink, parallel);
                } catch (IOException | UncheckedIOException e) {
                    var cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
                    sink.discardPending();
                    sink.rejectInput("input ends early or cannot be read after line " + sink.linesRead() + ": "
                            + describe(cause));
                }
            }
        } finally {
            workers.shutdownNow();
        }
        var writes = consumer.finish();
        return new ImportSummary(inputs.size(), sink.records, sink.rejected, sink.flagged, sink.itemCounts,
                writes, Duration.ofNanos(System.nanoTime() - started));
    }

    private void readInput(ImportInput input, CountingSink sink, ParallelLines parallel) throws IOException {
        var head = input.head();
        if (head.isEmpty()) {
            sink.rejectInput("empty input: no records");
            return;
        }
        var reader = forced.or(() -> readers.stream().filter(r -> sniffs(r, head)).findFirst());
        if (reader.isEmpty()) {
            sink.reject(1, "format not recognised (known: " + readers.stream().map(FormatReader::name).toList()
                    + "); use --format to force one", head.get(0));
            return;
        }
        var lines = reader.get().lineReader(head);
        if (lines != null) {
            parallel.read(input, lines, sink);
        } else {
            reader.get().read(input, sink);
        }
    }

    private static boolean sniffs(FormatReader reader, List<String> head) {
        try {
            return reader.sniff(head);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String describe(Throwable e) {
        var message = e.getMessage();
        var kind = e instanceof java.io.EOFException || (message != null && message.contains("ZLIB"))
                ? "truncated compressed data" : e.getClass().getSimpleName();
        return message == null ? kind : kind + " (" + message + ")";
    }

    /**
     * Buffers each record's items until the reader says the record is whole, then hands them on;
     * counts records, rejects and flags, and reports progress.
     */
    private static final class CountingSink implements ImportSink {

        private final RejectsFile rejects;
        private final ImportProgress progress;
        private final RecordConsumer consumer;
        private final List<ImportItem> pending = new ArrayList<>();
        private final Map<String, Long> itemCounts = new LinkedHashMap<>();
        private ImportInput input;
        private String inputName;
        private long bytesBefore;
        private long bytesOfInput;
        private long lastLine;
        private long records;
        private long rejected;
        private long flagged;
        private boolean pendingFlagged;

        CountingSink(RejectsFile rejects, ImportProgress progress, RecordConsumer consumer) {
            this.rejects = rejects;
            this.progress = progress;
            this.consumer = consumer;
        }

        void startInput(String name) {
            bytesBefore += bytesOfInput;
            bytesOfInput = 0;
            inputName = name;
            input = null;
            lastLine = 0;
        }

        @Override
        public void accept(ImportItem item) {
            pending.add(item);
        }

        @Override
        public void recordRead() {
            for (var item : pending) {
                itemCounts.merge(kind(item), 1L, Long::sum);
            }
            consumer.record(List.copyOf(pending));
            pending.clear();
            if (pendingFlagged) {
                flagged++;
                pendingFlagged = false;
            }
            records++;
            if (input != null) {
                bytesOfInput = input.bytesRead();
            }
            progress.update(bytesBefore + bytesOfInput, records);
        }

        @Override
        public void reject(long line, String reason, String raw) {
            pending.clear();
            pendingFlagged = false;
            lastLine = Math.max(lastLine, line);
            rejected++;
            rejects.write(inputName, line, "rejected", reason, raw);
        }

        @Override
        public void flag(long line, String reason, String raw) {
            lastLine = Math.max(lastLine, line);
            pendingFlagged = true;
            rejects.write(inputName, line, "flagged", reason, raw);
        }

        void rejectInput(String reason) {
            reject(linesRead(), reason, null);
        }

        long linesRead() {
            return Math.max(lastLine, input == null ? 0 : input.linesRead());
        }

        void discardPending() {
            pending.clear();
        }

        private static String kind(ImportItem item) {
            return item instanceof PostItem ? "posts" : item instanceof AccountItem ? "accounts"
                    : item instanceof InteractionItem ? "interactions" : "follows";
        }
    }
}
