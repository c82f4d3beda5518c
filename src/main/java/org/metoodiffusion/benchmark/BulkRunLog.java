package org.metoodiffusion.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The phases of an {@code import --bulk} run in another JVM, read from what it left: its summary
 * (reading seconds, graph counts) and Neo4j's offline importer log ({@code IMPORT DONE in 23s 555ms.}).
 *
 * @param readingSeconds  reading the inputs and writing the CSV files
 * @param importerSeconds Neo4j's offline importer
 * @param graphRecords    nodes + relationships the import created
 */
record BulkRunLog(double readingSeconds, double importerSeconds, long graphRecords) {

    private static final Pattern READ = Pattern.compile("Read [\\d,]+ record\\(s\\) from \\d+ input\\(s\\) in ([\\d.]+) s");
    private static final Pattern GRAPH = Pattern.compile("Graph: ([\\d,]+) nodes and ([\\d,]+) relationships created");
    private static final Pattern IMPORT_DONE = Pattern.compile("IMPORT DONE in ([^.]+)\\.");
    private static final Pattern DURATION_PART = Pattern.compile("(\\d+)(ms|h|m|s)");

    /** @param output the command's output; @param importerLog its database's {@code logs/bulk-import.log} */
    static BulkRunLog read(Path output, Path importerLog) throws IOException {
        var summary = Files.readString(output, StandardCharsets.UTF_8);
        var read = find(READ, summary, output);
        var graph = find(GRAPH, summary, output);
        var done = find(IMPORT_DONE, Files.readString(importerLog, StandardCharsets.UTF_8), importerLog);
        return new BulkRunLog(Double.parseDouble(read.group(1)), seconds(done.group(1)),
                number(graph.group(1)) + number(graph.group(2)));
    }

    /** Neo4j's duration text, e.g. {@code 1m 2s 35ms}, in seconds. */
    static double seconds(String duration) {
        double seconds = 0;
        var part = DURATION_PART.matcher(duration);
        while (part.find()) {
            long value = Long.parseLong(part.group(1));
            seconds += switch (part.group(2)) {
                case "h" -> value * 3600.0;
                case "m" -> value * 60.0;
                case "s" -> value;
                default -> value / 1000.0;
            };
        }
        return seconds;
    }

    private static Matcher find(Pattern pattern, String text, Path file) {
        var matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("No '" + pattern + "' in " + file);
        }
        return matcher;
    }

    private static long number(String digits) {
        return Long.parseLong(digits.replace(",", ""));
    }
}
