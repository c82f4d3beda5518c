package org.metoodiffusion.ingest.format;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.metoodiffusion.ingest.ImportInput;
import org.metoodiffusion.ingest.ImportItem;
import org.metoodiffusion.ingest.RecordingSink;

/** Inputs for reader tests: fixtures under {@code ingest/<format>/}, inline text, gzip, raw bytes. */
final class ReaderFixtures {

    private ReaderFixtures() {
    }

    static ImportInput resource(String path) {
        var stream = ReaderFixtures.class.getResourceAsStream("/ingest/" + path);
        if (stream == null) {
            throw new IllegalArgumentException("no fixture " + path);
        }
        try {
            return ImportInput.of(path, stream);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ImportInput text(String text) throws IOException {
        return bytes(text.getBytes(StandardCharsets.UTF_8));
    }

    static ImportInput bytes(byte[] bytes) throws IOException {
        return ImportInput.of("test", new ByteArrayInputStream(bytes));
    }

    /** Writes {@code text} gzipped to a file named without .gz (detection goes by magic bytes) and opens it. */
    static ImportInput gzipFile(Path dir, String text) throws IOException {
        var file = dir.resolve("input.csv");
        try (var out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return ImportInput.open(file.toString());
    }

    /** Writes raw bytes to a file and opens it the way the importer does. */
    static ImportInput file(Path dir, byte[] bytes) throws IOException {
        var file = dir.resolve("input.txt");
        Files.write(file, bytes);
        return ImportInput.open(file.toString());
    }

    static RecordingSink read(FormatReader reader, ImportInput input) throws IOException {
        var sink = new RecordingSink();
        try (input) {
            reader.read(input, sink);
        }
        return sink;
    }

    static <T extends ImportItem> List<T> itemsOf(RecordingSink sink, Class<T> type) {
        return sink.items.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Bytes of {@code before}, then a byte that is never valid UTF-8, then {@code after}. */
    static byte[] withInvalidUtf8(String before, String after) {
        var head = before.getBytes(StandardCharsets.UTF_8);
        var tail = after.getBytes(StandardCharsets.UTF_8);
        var all = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        all[head.length] = (byte) 0xC3; // a lead byte followed by ASCII: malformed
        System.arraycopy(tail, 0, all, head.length + 1, tail.length);
        return all;
    }
}
