package org.metoodiffusion.ingest;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The report of bad input, one JSON object per line: {@code file}, {@code line}, {@code kind}
 * ({@code rejected}: nothing of the record loaded; {@code flagged}: it loaded without a field),
 * {@code reason}, and the raw text cut to 500 characters. Created on the first report only.
 */
public final class RejectsFile implements Closeable {

    static final int RAW_CHARS = 500;

    private final Path path;
    private final ObjectMapper json = new ObjectMapper();
    private BufferedWriter writer;

    public RejectsFile(Path path) {
        this.path = path;
    }

    void write(String file, long line, String kind, String reason, String raw) {
        var entry = new LinkedHashMap<String, Object>();
        entry.put("file", file);
        entry.put("line", line);
        entry.put("kind", kind);
        entry.put("reason", reason);
        entry.put("raw", raw == null || raw.length() <= RAW_CHARS ? raw : raw.substring(0, RAW_CHARS) + "…");
        try {
            if (writer == null) {
                var parent = path.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
            }
            writer.write(json.writeValueAsString(entry));
            writer.newLine();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the rejects file " + path, e);
        }
    }

    @Override
    public void close() throws IOException {
        if (writer != null) {
            writer.close();
        }
    }
}
