package org.metoodiffusion.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.metoodiffusion.ingest.format.LineReader;

class ParallelLinesTests {

    /** Every call a reader makes reaches the sink in line order, as if read on one thread. */
    @Test
    void deliversInLineOrderAcrossBatches() throws IOException {
        var text = new StringBuilder();
        for (int i = 1; i <= 5_000; i++) {
            text.append(i % 7 == 0 ? "bad " : "ok ").append(i).append('\n');
        }
        LineReader reader = (line, sink) -> {
            if (line.text().startsWith("bad")) {
                sink.reject(line.number(), "bad", line.text());
            } else {
                sink.accept(new FollowItem(AccountRef.ofId(Long.toString(line.number())), AccountRef.ofId("1")));
                sink.flag(line.number(), "checked", line.text());
                sink.recordRead();
            }
        };
        var sequential = new CallLog();
        reader.readAll(input(text), sequential);
        var parallel = new CallLog();
        var workers = Executors.newFixedThreadPool(3);
        try {
            new ParallelLines(workers, 3).read(input(text), reader, parallel);
        } finally {
            workers.shutdownNow();
        }
        assertThat(parallel.calls).hasSize(714 + 3 * (5_000 - 714)).isEqualTo(sequential.calls);
    }

    private static ImportInput input(CharSequence text) throws IOException {
        return ImportInput.of("lines.txt", new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static final class CallLog implements ImportSink {

        final List<String> calls = new ArrayList<>();

        @Override
        public void accept(ImportItem item) {
            calls.add("item " + item);
        }

        @Override
        public void recordRead() {
            calls.add("read");
        }

        @Override
        public void reject(long line, String reason, String raw) {
            calls.add("reject " + line + " " + raw);
        }

        @Override
        public void flag(long line, String reason, String raw) {
            calls.add("flag " + line);
        }
    }
}
