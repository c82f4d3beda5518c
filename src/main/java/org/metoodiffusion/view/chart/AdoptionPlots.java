package org.metoodiffusion.view.chart;

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
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
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

    /** Ticks from hours to years, each labelled with enough of the date to stand alone (no bare "14:00"). */
    static DateAxis timeAxis() {
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
        axis.setLowerMargin(0.01);
        axis.setUpperMargin(0.01);
        return axis;
    }

    static XYPlot panel(List<Curve> curves, String label, AdoptionChartData data, boolean markerLabel) {
        var dataset = new XYSeriesCollection();
        var renderer = new XYLineAndShapeRenderer(true, false);
        for (Curve curve : curves) {
            var series = new XYSeries(curve.legend(), false, true);
            curve.points().forEach(point -> series.add(point.x(), point.y()));
            int index = dataset.getSeriesCount();
            dataset.addSeries(series);
            renderer.setSeriesPaint(index, colour(curve.key()));
            renderer.setSeriesStroke(index, curve.key().equals("all") ? ChartStyle.THIN_LINE : ChartStyle.LINE);
        }
        var plot = new XYPlot(dataset, null, valueAxis(label, data.scale()), renderer);
        plot.setNoDataMessage("no data");
        ChartStyle.grid(plot);
        if (data.rootTime() != null) {
            var marker = new ValueMarker(data.rootTime(), OkabeIto.BLACK, ChartStyle.MARKER);
            if (markerLabel) {
                marker.setLabel(data.rootMarker());
                marker.setLabelFont(new Font(ChartStyle.FONT, Font.PLAIN, 12));
                marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
                marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            }
            plot.addDomainMarker(marker);
        }
        return plot;
    }

    private static ValueAxis valueAxis(String label, ChartScale scale) {
        if (scale == ChartScale.LOG) {
            var axis = ChartStyle.logAxis(label, "#,##0");
            axis.setSmallestValue(0.5);
            axis.setAutoRangeMinimumSize(1);
            return axis;
        }
        var axis = new NumberAxis(label);
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ENGLISH));
        axis.setAutoRangeIncludesZero(true);
        return axis;
    }

    private static java.awt.Color colour(String key) {
        for (AttributionCategory category : AttributionCategory.values()) {
            if (category.label().equals(key)) {
                return ChartStyle.attribution(category);
            }
        }
        return OkabeIto.BLACK;
    }

    private static SimpleDateFormat format(String pattern) {
        var format = new SimpleDateFormat(pattern, Locale.ENGLISH);
        format.setTimeZone(UTC);
        return format;
    }
}
