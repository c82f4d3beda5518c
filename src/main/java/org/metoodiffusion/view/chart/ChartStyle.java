package org.metoodiffusion.view.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.metoodiffusion.trace.AttributionCategory;
import org.metoodiffusion.trace.Reconstruction;

/**
 * What every chart shares: which {@link OkabeIto} colour stands for what, the type, the strokes, and
 * the frame (title, subtitles, legend below). Attribution colours are those of the graph renders
 * ({@code viz/render/cascade.css}): Milano vermilion, Burke blue, both reddish purple, neither grey.
 * Reconstructions take black, orange and bluish green, and different marker shapes, so they part
 * even in grey print.
 */
public final class ChartStyle {

    /** Not Okabe-Ito: the renders' "neither", a neutral that recedes behind the named roots. */
    public static final Color GREY = new Color(0x999999);
    private static final Color GRID = new Color(0xDDDDDD);

    public static final String FONT = "SansSerif";
    static final BasicStroke LINE = new BasicStroke(2.0f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    static final BasicStroke THIN_LINE = new BasicStroke(1.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    static final BasicStroke MARKER = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {6f, 4f}, 0f);

    private ChartStyle() {
    }

    public static Color attribution(AttributionCategory category) {
        return switch (category) {
            case MILANO -> OkabeIto.VERMILION;
            case BURKE -> OkabeIto.BLUE;
            case BOTH -> OkabeIto.REDDISH_PURPLE;
            case NEITHER -> GREY;
        };
    }

    public static Color method(Reconstruction method) {
        return switch (method) {
            case PLATFORM -> OkabeIto.BLACK;
            case FOLLOWEE -> OkabeIto.ORANGE;
            case INTERACTION -> OkabeIto.BLUISH_GREEN;
        };
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
        theme.setAxisLabelPaint(OkabeIto.BLACK);
        theme.setTickLabelPaint(new Color(0x333333));
        theme.apply(chart);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        for (String line : subtitles) {
            chart.addSubtitle(new TextTitle(line, new Font(FONT, Font.PLAIN, 13)));
        }
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        return chart;
    }

    static void grid(XYPlot plot) {
        plot.setDomainGridlineStroke(new BasicStroke(0.8f));
        plot.setRangeGridlineStroke(new BasicStroke(0.8f));
        plot.setOutlinePaint(GRID);
    }

    /** A log-10 axis whose ticks read as plain numbers (1, 10, 100, 0.01), not as 10^k. */
    static LogAxis logAxis(String label, String pattern) {
        var axis = new LogAxis(label);
        axis.setBase(10);
        axis.setNumberFormatOverride(new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ENGLISH)));
        return axis;
    }

    /** 12,345: counts in titles and legends. */
    static String count(long value) {
        return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(value);
    }
}
