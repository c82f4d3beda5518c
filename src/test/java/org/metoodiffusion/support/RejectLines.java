package org.metoodiffusion.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The lines of an import's rejects file, parsed (one JSON object each). */
public final class RejectLines {

    private RejectLines() {
    }

    public static List<JsonNode> read(Path file) throws IOException {
        var mapper = new ObjectMapper();
        return Files.readAllLines(file).stream().map(line -> {
            try {
                return mapper.readTree(line);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }).toList();
    }
}
