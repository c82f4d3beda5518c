package org.metoodiffusion.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A run of an external tool a benchmark measures against or with (wrk, igraph's and networkx's
 * Python): its exit code and its output, standard error included.
 */
record ToolRun(int code, String output) {

    /** Runs {@code command} to its end; null when it cannot be started (the tool is not installed). */
    static ToolRun of(List<String> command) throws InterruptedException {
        try {
            var process = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
            var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new ToolRun(process.waitFor(), output);
        } catch (IOException e) {
            return null;
        }
    }
}
