package org.metoodiffusion.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import org.metoodiffusion.ingest.format.LineReader;

/**
 * Reads the lines of one input on worker threads and delivers what they read to the sink in line
 * order, on the calling thread, exactly as reading them one after another would: decoding and
 * parsing (most of an import's reading time) run on every core while the sink stays
 * single-threaded; the calling thread only splits the input into lines. Lines go out
 * in batches, and only a few batches are in flight at a time, so memory stays bounded whatever the
 * input's size.
 */
final class ParallelLines {

    private static final int BATCH_LINES = 256;
    private static final long BATCH_BYTES = 1 << 20;

    private final ExecutorService workers;
    private final int maxInFlight;

    ParallelLines(ExecutorService workers, int threads) {
        this.workers = workers;
        this.maxInFlight = 2 * threads + 1;
    }

    void read(ImportInput input, LineReader reader, ImportSink sink) {
        var inFlight = new ArrayDeque<Future<RecordedSink>>();
        var batch = new ArrayList<ImportInput.RawLine>(BATCH_LINES);
        long bytes = 0;
        try {
            for (var line : input.rawLines()) {
                batch.add(line);
                bytes += line.bytes().length;
                if (batch.size() == BATCH_LINES || bytes >= BATCH_BYTES) {
                    inFlight.add(submit(reader, batch));
                    batch = new ArrayList<>(BATCH_LINES);
                    bytes = 0;
                    if (inFlight.size() >= maxInFlight) {
                        deliver(inFlight.poll(), sink);
                    }
                }
            }
        } finally {
            // Also when the input fails part-way (a truncated gzip): the lines read before it still load.
            if (!batch.isEmpty()) {
                inFlight.add(submit(reader, batch));
            }
            while (!inFlight.isEmpty()) {
                deliver(inFlight.poll(), sink);
            }
        }
    }

    private Future<RecordedSink> submit(LineReader reader, List<ImportInput.RawLine> lines) {
        return workers.submit(() -> {
            var recorded = new RecordedSink();
            for (var line : lines) {
                reader.readLine(line.decode(), recorded);
            }
            return recorded;
        });
    }

    private static void deliver(Future<RecordedSink> batch, ImportSink sink) {
        try {
            batch.get().replay(sink);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    /** The calls a reader made, in order, to be made again on the real sink. */
    private static final class RecordedSink implements ImportSink {

        private static final Object RECORD_READ = new Object();

        private record Report(boolean reject, long line, String reason, String raw) {
        }

        private final List<Object> calls = new ArrayList<>();

        @Override
        public void accept(ImportItem item) {
            calls.add(item);
        }

        @Override
        public void recordRead() {
            calls.add(RECORD_READ);
        }

        @Override
        public void reject(long line, String reason, String raw) {
            calls.add(new Report(true, line, reason, raw));
        }

        @Override
        public void flag(long line, String reason, String raw) {
            calls.add(new Report(false, line, reason, raw));
        }

        void replay(ImportSink sink) {
            for (var call : calls) {
                if (call == RECORD_READ) {
                    sink.recordRead();
                } else if (call instanceof Report report) {
                    if (report.reject()) {
                        sink.reject(report.line(), report.reason(), report.raw());
                    } else {
                        sink.flag(report.line(), report.reason(), report.raw());
                    }
                } else {
                    sink.accept((ImportItem) call);
                }
            }
        }
    }
}
