package org.metoodiffusion.view.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.XYPlot;
import org.metoodiffusion.trace.AttributionCategory;
import org.metoodiffusion.trace.Reconstruction;

/**
 * The charts' one palette and type: the Okabe-Ito colours (Okabe &amp; Ito, "Color Universal Design",
 * 2008), distinguishable with the common colour-vision deficiencies. Attribution colours are those of
 * the graph renders ({@code viz/render/cascade.css}): Milano vermilion, Burke blue, both reddish
 * purple, neither grey. Reconstructions take black, orange and bluish green, and different marker
 * shapes, so they part even in grey print.
 */
public final class ChartStyle {

    public static final Color BLACK = new Color(0x000000);
    public static final Color ORANGE = new Color(0xE69F00);
    public static final Color SKY_BLUE = new Color(0x56B4E9);
    public static final Color BLUISH_GREEN = new Color(0x009E73);
    public static final Color BLUE = new Color(0x0072B2);
    public static final Color VERMILION = new Color(0xD55E00);
    public static final Color REDDISH_PURPLE = new Color(0xCC79A7);
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
            case MILANO -> VERMILION;
            case BURKE -> BLUE;
            case BOTH -> REDDISH_PURPLE;
            case NEITHER -> GREY;
        };
    }

    public static Color method(Reconstruction method) {
        return switch (method) {
            case PLATFORM -> BLACK;
            case FOLLOWEE -> ORANGE;
            case INTERACTION -> BLUISH_GREEN;
        };
    }

    /** Fonts, white background, light grid: applied to every chart before it is drawn. */
    static void apply(JFreeChart chart) {
        var theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
        theme.setExtraLargeFont(new Font(FONT, Font.BOLD, 20));
        theme.setLargeFont(new Font(FONT, Font.PLAIN, 14));
        theme.setRegularFont(new Font(FONT, Font.PLAIN, 13));
        theme.setSmallFont(new Font(FONT, Font.PLAIN, 12));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setDomainGridlinePaint(GRID);
        theme.setRangeGridlinePaint(GRID);
        theme.setAxisLabelPaint(BLACK);
        theme.setTickLabelPaint(new Color(0x333333));
        theme.apply(chart);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
    }

    static void grid(XYPlot plot) {
        plot.setDomainGridlineStroke(new BasicStroke(0.8f));
        plot.setRangeGridlineStroke(new BasicStroke(0.8f));
        plot.setOutlinePaint(GRID);
    }
}
