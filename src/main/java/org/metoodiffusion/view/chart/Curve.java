package org.metoodiffusion.view.chart;

import java.util.List;

/**
 * One series of a chart, as drawn.
 *
 * @param key    stable name ({@code milano}, {@code posts}, {@code followee}...)
 * @param legend what the legend says
 * @param points in x order
 */
public record Curve(String key, String legend, List<ChartPoint> points) {

    public Curve {
        points = List.copyOf(points);
    }
}
