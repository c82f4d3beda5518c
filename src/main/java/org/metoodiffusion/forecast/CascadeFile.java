package org.metoodiffusion.forecast;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Cascades as a CSV file of events, one a line: {@code cascade,seconds,followers} (a header line is
 * allowed): the cascade's key, the event's time in seconds (from any origin: each cascade starts at
 * its earliest event, which is its root) and the author's follower count, empty when unknown. A
 * cascade whose every event has a count is follower-weighted, else every event weighs 1.
 */
public final class CascadeFile {

    public static final String HEADER = "cascade,seconds,followers";

    private CascadeFile() {
    }

    public static ForecastCorpus read(Path file) throws IOException {
        Map<String, List<double[]>> cascades = new LinkedHashMap<>();
        try (BufferedReader reader = Files.newBufferedReader(file)) {
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank() || number == 1 && line.strip().equals(HEADER)) {
                    continue;
                }
                String[] fields = line.split(",", -1);
                if (fields.length != 3 || fields[0].isBlank()) {
                    throw new IllegalArgumentException(file + " line " + number + ": expected " + HEADER + ", was '" + line + "'");
                }
                try {
                    double followers = fields[2].isBlank() ? Double.NaN : Double.parseDouble(fields[2].strip());
                    cascades.computeIfAbsent(fields[0].strip(), k -> new ArrayList<>())
                            .add(new double[] {Double.parseDouble(fields[1].strip()), followers});
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(file + " line " + number + ": not a number in '" + line + "'");
                }
            }
        }
        List<ForecastCorpus.Entry> entries = new ArrayList<>();
        cascades.forEach((key, events) -> entries.add(new ForecastCorpus.Entry(key, series(events))));
        return new ForecastCorpus(entries);
    }

    private static EventSeries series(List<double[]> events) {
        events.sort(Comparator.comparingDouble(e -> e[0]));
        boolean weighted = events.stream().noneMatch(e -> Double.isNaN(e[1]));
        double start = events.get(0)[0];
        double[] seconds = events.stream().mapToDouble(e -> e[0] - start).toArray();
        double[] weights = events.stream().mapToDouble(e -> weighted ? Math.max(1, e[1]) : 1).toArray();
        return new EventSeries(seconds, weights, weighted);
    }

    public static void write(Path file, List<ForecastCorpus.Entry> entries) throws IOException {
        var parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (BufferedWriter writer = Files.newBufferedWriter(file)) {
            writer.write(HEADER);
            writer.newLine();
            for (var entry : entries) {
                var events = Objects.requireNonNull(entry.events());
                for (int i = 0; i < events.size(); i++) {
                    writer.write(entry.key() + "," + events.seconds(i) + ","
                            + (events.followerWeighted() ? Long.toString(Math.round(events.weight(i))) : ""));
                    writer.newLine();
                }
            }
        }
    }
}
