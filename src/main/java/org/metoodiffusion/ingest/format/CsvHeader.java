package org.metoodiffusion.ingest.format;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Column positions by name, from a CSV header row; unknown columns are simply never asked for. */
record CsvHeader(List<String> names, Map<String, Integer> positions) {

    static CsvHeader of(List<String> row) {
        var names = row.stream().map(String::strip).toList();
        var positions = new HashMap<String, Integer>();
        for (int i = 0; i < names.size(); i++) {
            positions.putIfAbsent(names.get(i), i);
        }
        return new CsvHeader(names, Map.copyOf(positions));
    }

    /** The columns of a header line, split naively on commas: good enough to recognise a header. */
    static List<String> sniffColumns(String line) {
        var text = line.startsWith("\uFEFF") ? line.substring(1) : line;
        return List.of(text.split(",", -1)).stream().map(name -> name.strip().replace("\"", "")).toList();
    }

    int size() {
        return names.size();
    }

    boolean has(String name) {
        return positions.containsKey(name);
    }

    /** The value of the first of {@code columns} the header has, or null when it has none. */
    String get(List<String> row, String... columns) {
        for (String column : columns) {
            var position = positions.get(column);
            if (position != null && position < row.size()) {
                return row.get(position);
            }
        }
        return null;
    }

    /** Why a record cannot be read as a row of this header (unparsable, invalid UTF-8, field count), or null. */
    String rowProblem(CsvRecords.Record record) {
        return !record.ok() ? record.problem()
                : record.hasReplacementChar() ? "invalid UTF-8"
                : fieldCountProblem(record.fields());
    }

    /** Why a row does not fit this header, or null when it does. */
    String fieldCountProblem(List<String> row) {
        return row.size() == size() ? null
                : "the record has " + row.size() + " fields where the header has " + size();
    }
}
