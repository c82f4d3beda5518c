package org.metoodiffusion.network;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;

/** Writes the account network of a scope as files (the CLI) or to a stream (the REST API). */
@Service
public class NetworkExport {

    private final AccountNetwork network;

    NetworkExport(AccountNetwork network) {
        this.network = network;
    }

    /** Streams one file of the network to {@code out}; the caller closes it. */
    public void write(NetworkFile file, NetworkScope scope, Writer out) throws IOException {
        file.write(network.of(scope), baseName(scope), out);
    }

    /**
     * Writes the files of {@code format} ({@code csv}: {@code <base>.nodes.csv} and
     * {@code <base>.edges.csv}) and returns them.
     *
     * @param output the file to write, or for csv the base name ({@code net.csv} or {@code net});
     *               null for {@code metoo-network-<scope>.<extension>} in the working directory
     */
    public List<Path> write(String format, NetworkScope scope, Path output) throws IOException {
        var files = NetworkFile.of(format);
        var written = new ArrayList<Path>();
        for (var file : files) {
            var path = target(file, scope, output, files.size() > 1);
            try (var out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
                write(file, scope, out);
            }
            written.add(path);
        }
        return written;
    }

    static String baseName(NetworkScope scope) {
        return "metoo-network-" + scope.parameter();
    }

    private static Path target(NetworkFile file, NetworkScope scope, Path output, boolean tables) {
        if (output == null) {
            return Path.of(file.fileName(scope));
        }
        if (!tables) {
            return output;
        }
        var base = output.toString().replaceFirst("\\.csv$", "");
        return Path.of(base + "." + file.extension());
    }
}
