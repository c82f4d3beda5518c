package org.metoodiffusion.view.chart;

import java.util.List;

/**
 * What the cascade-size chart draws.
 *
 * @param title         the chart's title
 * @param subtitles     lines under it: the definition, and which reconstructions were left out and why
 * @param distributions one per reconstruction drawn
 */
public record CascadeSizeChartData(String title, List<String> subtitles, List<SizeDistribution> distributions) {

    public CascadeSizeChartData {
        subtitles = List.copyOf(subtitles);
        distributions = List.copyOf(distributions);
    }
}
