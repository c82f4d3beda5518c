package org.metoodiffusion.view.chart;

import java.util.List;

/**
 * What the adoption chart draws.
 *
 * @param title       the chart's title
 * @param subtitles   lines under it: root, bucket, totals, and what the chart leaves out
 * @param scale       linear or log (on log, zero counts are left out: log 0 is not a number)
 * @param accounts    cumulative new accounts per attribution class ({@code milano}, {@code burke},
 *                    {@code both}, {@code neither}) then all of them ({@code all}); at account level one
 *                    series, {@code accounts}
 * @param posts       cumulative posts ({@code posts}), or null at account level (no posts there)
 * @param rootTime    the root's time in epoch milliseconds (a virtual root's: its first post), or null
 * @param rootMarker  the marker's label
 */
public record AdoptionChartData(String title, List<String> subtitles, ChartScale scale, List<Curve> accounts,
        Curve posts, Long rootTime, String rootMarker) {

    public AdoptionChartData {
        subtitles = List.copyOf(subtitles);
        accounts = List.copyOf(accounts);
    }

    public Curve accounts(String key) {
        return accounts.stream().filter(curve -> curve.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no series " + key));
    }
}
