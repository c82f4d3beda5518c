package org.metoodiffusion.centrality;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


/**
 * The distribution of a measure over the projected nodes: count, min, max, mean, standard
 * deviation and nearest-rank percentiles ({@code p50} is the median); null values when empty.
 */
public record Distribution(ComputationView computation, long count, Double min, Double max, Double mean,
        Double standardDeviation, Map<String, Double> percentiles) implements CsvTable {

    static final double[] PERCENTILES = {1, 5, 10, 25, 50, 75, 90, 95, 99, 99.9};

    /** From values ordered highest first. */
    static Distribution of(ComputationView computation, NodeValues values) {
        int n = values.size();
        if (n == 0) {
            return new Distribution(computation, 0, null, null, null, null, Map.of());
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += values.value(i);
        }
        double mean = sum / n;
        double squares = 0;
        for (int i = 0; i < n; i++) {
            squares += (values.value(i) - mean) * (values.value(i) - mean);
        }
        var percentiles = new LinkedHashMap<String, Double>();
        for (double p : PERCENTILES) {
            int ascending = (int) Math.ceil(p / 100 * n) - 1;
            percentiles.put("p" + (p == Math.rint(p) ? String.valueOf((int) p) : String.valueOf(p)),
                    values.value(n - 1 - Math.max(0, ascending)));
        }
        return new Distribution(computation, n, values.value(n - 1), values.value(0), mean,
                Math.sqrt(squares / n), percentiles);
    }

    @Override
    public List<String> csvHeader() {
        return List.of("statistic", "value");
    }

    @Override
    public List<List<Object>> csvRows() {
        var rows = new ArrayList<List<Object>>();
        rows.add(List.of("count", count));
        if (count > 0) {
            rows.add(List.of("min", min));
            rows.add(List.of("max", max));
            rows.add(List.of("mean", mean));
            rows.add(List.of("standardDeviation", standardDeviation));
            percentiles.forEach((name, value) -> rows.add(List.of(name, value)));
        }
        return rows;
    }
}
