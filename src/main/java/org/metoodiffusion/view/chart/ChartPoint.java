package org.metoodiffusion.view.chart;

/** One point of a chart's series: x is epoch milliseconds on a time axis, a size on a size axis. */
public record ChartPoint(double x, double y) {
}
