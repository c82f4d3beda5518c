package org.metoodiffusion.view.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.metoodiffusion.trace.AttributionCategory;
import org.metoodiffusion.trace.Reconstruction;
import org.metoodiffusion.view.style.VizStyle;

/**
 * What every chart shares: the colours of the one style ({@link VizStyle}, {@code viz/web/style.json}:
 * attribution colours are the renders' groups, reconstructions black, orange and bluish green, with
 * different marker shapes so they part even in grey print), the type, the strokes, and the frame
 * (title, subtitles, legend below).
 */
public final class ChartStyle {

    private static final Color GRID = new Color(0xDDDDDD);

    public static final String FONT = "SansSerif";
    static final BasicStroke LINE = new BasicStroke(2.0f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    static final BasicStroke THIN_LINE = new BasicStroke(1.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    static final BasicStroke MARKER = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {6f, 4f}, 0f);

    static {
        // Rotated text (the value axes' labels) as text, not as a TextLayout's glyph outlines, so an
        // SVG keeps it searchable; the workaround was for a JDK bug long fixed.
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private ChartStyle() {
    }

    /** The attribution's colour: the group of the same name in the one style ({@link VizStyle}). */
    public static Color attribution(AttributionCategory category) {
        return VizStyle.get().colour(category.name());
    }

    public static Color method(Reconstruction method) {
        return VizStyle.get().methodColour(method.name());
    }

    /**
     * The chart around a plot: title, one subtitle a line, legend at the bottom (below the axis, where
     * it hides no data), the fonts, white background and light grid of every chart.
     */
    static JFreeChart framed(Plot plot, String title, List<String> subtitles) {
        var chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        var theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
        theme.setExtraLargeFont(new Font(FONT, Font.BOLD, 20));
        theme.setLargeFont(new Font(FONT, Font.PLAIN, 14));
        theme.setRegularFont(new Font(FONT, Font.PLAIN, 13));
        theme.setSmallFont(new Font(FONT, Font.PLAIN, 12));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setDomainGridlinePaint(GRID);
        theme.setRangeGridlinePaint(GRID);
        theme.setAxisLabelPaint(Color.BLACK);
        theme.setTickLabelPaint(new Color(0x333333));
        theme.apply(chart);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        for (String line : subtitles) {
            chart.addSubtitle(new TextTitle(line, new Font(FONT, Font.PLAIN, 13)));
        }
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        // Room on the right for the last tick label, which centres on the axis's end.
        chart.setPadding(new RectangleInsets(6, 6, 6, 36));
        return chart;
    }

    static void grid(XYPlot plot) {
        plot.setDomainGridlineStroke(new BasicStroke(0.8f));
        plot.setRangeGridlineStroke(new BasicStroke(0.8f));
        plot.setOutlinePaint(GRID);
    }

    /**
     * A renderer whose series keep the colours, strokes and shapes set on them: JFreeChart's theme
     * otherwise replaces them with its own (not colour-blind safe) sequence when the chart is framed.
     */
    static XYLineAndShapeRenderer renderer(boolean lines, boolean shapes) {
        var renderer = new XYLineAndShapeRenderer(lines, shapes);
        renderer.setAutoPopulateSeriesPaint(false);
        renderer.setAutoPopulateSeriesStroke(false);
        renderer.setAutoPopulateSeriesShape(false);
        // One path per series, not one line per segment: a year of hourly buckets stays a small SVG.
        renderer.setDrawSeriesLineAsPath(true);
        return renderer;
    }

    /** 12,345: counts in titles and legends. */
    static String count(long value) {
        return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(value);
    }
}
