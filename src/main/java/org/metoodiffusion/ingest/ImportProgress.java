package org.metoodiffusion.ingest;

import java.io.PrintStream;
import java.time.Duration;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of an import, by bytes read: a progress bar (bytes, rate, ETA) on a terminal, a plain
 * line every few seconds otherwise (pipes, CI logs), nothing when quiet.
 */
public abstract class ImportProgress implements AutoCloseable {

    /** Called often (every record); implementations decide when to show something. */
    abstract void update(long bytes, long records);

    @Override
    public abstract void close();

    public static ImportProgress forConsole(long totalBytes, boolean quiet) {
        if (quiet) {
            return new Silent();
        }
        return System.console() != null ? new Bar(totalBytes)
                : new LogLines(totalBytes, System.err, Duration.ofSeconds(intervalSeconds()));
    }

    /** Seconds between plain progress lines: {@code METOO_PROGRESS_SECONDS}, default 5. */
    private static long intervalSeconds() {
        try {
            return Math.max(1, Long.parseLong(System.getenv().getOrDefault("METOO_PROGRESS_SECONDS", "5")));
        } catch (NumberFormatException e) {
            return 5;
        }
    }

    public static final class Silent extends ImportProgress {
        @Override
        void update(long bytes, long records) {
        }

        @Override
        public void close() {
        }
    }

    static final class Bar extends ImportProgress {
        private final ProgressBar bar;
        private long shownRecords;

        Bar(long totalBytes) {
            this.bar = new ProgressBarBuilder().setTaskName("import").setInitialMax(totalBytes > 0 ? totalBytes : -1)
                    .setStyle(ProgressBarStyle.ASCII).setUnit(" MB", 1 << 20).showSpeed().build();
        }

        @Override
        void update(long bytes, long records) {
            bar.stepTo(bytes);
            if (records - shownRecords >= 1000) {
                bar.setExtraMessage(String.format("%,d records", records));
                shownRecords = records;
            }
        }

        @Override
        public void close() {
            bar.close();
        }
    }

    static final class LogLines extends ImportProgress {
        private final long totalBytes;
        private final PrintStream out;
        private final long intervalNanos;
        private final long started = System.nanoTime();
        private long lastShown = System.nanoTime();

        LogLines(long totalBytes, PrintStream out, Duration interval) {
            this.totalBytes = totalBytes;
            this.out = out;
            this.intervalNanos = interval.toNanos();
        }

        @Override
        void update(long bytes, long records) {
            long now = System.nanoTime();
            if (now - lastShown < intervalNanos) {
                return;
            }
            lastShown = now;
            double seconds = (now - started) / 1e9;
            var share = totalBytes > 0 ? String.format(" (%.1f%% of %,d MB)", 100.0 * bytes / totalBytes,
                    totalBytes >> 20) : "";
            out.printf("import: %,d records, %,d MB read%s, %,.0f records/s%n", records, bytes >> 20, share,
                    records / seconds);
        }

        @Override
        public void close() {
        }
    }
}
