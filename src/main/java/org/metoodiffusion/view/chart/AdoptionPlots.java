package org.metoodiffusion.view.chart;

import java.awt.Color;
import java.awt.Font;
import java.text.SimpleDateFormat;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.metoodiffusion.trace.AttributionCategory;

/** The adoption chart's parts: a UTC time axis whose ticks carry the date, and a panel of curves. */
final class AdoptionPlots {

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private AdoptionPlots() {
    }

    /**
     * Ticks from hours to years, each labelled with enough of the date to stand alone (no bare "14:00");
     * the range takes in the root's time, which may come before the first bucket's end.
     */
    static DateAxis timeAxis(AdoptionChartData data) {
        var axis = new DateAxis("time (UTC)");
        axis.setTimeZone(UTC);
        var units = new TickUnits();
        for (int hours : new int[] {1, 2, 3, 6, 12}) {
            units.add(new DateTickUnit(DateTickUnitType.HOUR, hours, format("d MMM HH:mm")));
        }
        for (int days : new int[] {1, 2, 7, 14}) {
            units.add(new DateTickUnit(DateTickUnitType.DAY, days, format("d MMM yyyy")));
        }
        for (int months : new int[] {1, 3, 6}) {
            units.add(new DateTickUnit(DateTickUnitType.MONTH, months, format("MMM yyyy")));
        }
        for (int years : new int[] {1, 2, 5, 10}) {
            units.add(new DateTickUnit(DateTickUnitType.YEAR, years, format("yyyy")));
        }
        axis.setStandardTickUnits(units);
        var points = data.accounts().stream().flatMap(curve -> curve.points().stream()).toList();
        if (!points.isEmpty()) {
            double first = points.stream().mapToDouble(ChartPoint::x).min().orElseThrow();
            double last = points.stream().mapToDouble(ChartPoint::x).max().orElseThrow();
            if (data.rootTime() != null) {
                first = Math.min(first, data.rootTime());
                last = Math.max(last, data.rootTime());
            }
            double margin = Math.max((last - first) * 0.01, 60_000);
            axis.setRange(first - margin, last + margin);
        }
        return axis;
    }

    static XYPlot panel(List<Curve> curves, String label, AdoptionChartData data, boolean markerLabel) {
        var dataset = new XYSeriesCollection();
        var renderer = ChartStyle.renderer(true, false);
        for (Curve curve : curves) {
            var series = new XYSeries(curve.legend(), false, true);
            curve.points().forEach(point -> series.add(point.x(), point.y()));
            int index = dataset.getSeriesCount();
            dataset.addSeries(series);
            renderer.setSeriesPaint(index, colour(curve.key()));
            renderer.setSeriesStroke(index, curve.key().equals("all") ? ChartStyle.THIN_LINE : ChartStyle.LINE);
            // One bucket makes no line: show its point.
            renderer.setSeriesShapesVisible(index, curve.points().size() == 1);
        }
        var plot = new XYPlot(dataset, null, valueAxis(label, data.scale(), highest(curves)), renderer);
        plot.setNoDataMessage("no data");
        ChartStyle.grid(plot);
        if (data.rootTime() != null) {
            var marker = new ValueMarker(data.rootTime(), Color.BLACK, ChartStyle.MARKER);
            if (markerLabel) {
                marker.setLabel(data.rootMarker());
                marker.setLabelFont(new Font(ChartStyle.FONT, Font.PLAIN, 12));
                marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
                marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
                marker.setLabelBackgroundColor(new Color(255, 255, 255, 220));
            }
            plot.addDomainMarker(marker);
        }
        return plot;
    }

    /** On log scale counts start at 1 and the axis spans at least a decade, so it always has two labels. */
    private static ValueAxis valueAxis(String label, ChartScale scale, double highest) {
        if (scale == ChartScale.LOG) {
            return new DecadeAxis(label, "#,##0", 0.8, Math.max(10, highest * 1.5));
        }
        var axis = new NumberAxis(label);
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ENGLISH));
        axis.setAutoRangeIncludesZero(true);
        return axis;
    }

    private static double highest(List<Curve> curves) {
        return curves.stream().flatMap(curve -> curve.points().stream()).mapToDouble(ChartPoint::y).max().orElse(1);
    }

    private static Color colour(String key) {
        for (AttributionCategory category : AttributionCategory.values()) {
            if (category.label().equals(key)) {
                return ChartStyle.attribution(category);
            }
        }
        return Color.BLACK;
    }

    private static SimpleDateFormat format(String pattern) {
        var format = new SimpleDateFormat(pattern, Locale.ENGLISH);
        format.setTimeZone(UTC);
        return format;
    }
}
