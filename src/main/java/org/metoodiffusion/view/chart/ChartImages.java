package org.metoodiffusion.view.chart;

import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/** A chart to PNG (JFreeChart's encoder) or SVG (JFreeSVG; text stays text, so it can be searched and edited). */
public final class ChartImages {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private ChartImages() {
    }

    public static byte[] png(JFreeChart chart, ChartSize size) {
        var out = new ByteArrayOutputStream(256 * 1024);
        try {
            ChartUtils.writeChartAsPNG(out, chart, size.width(), size.height());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static String svg(JFreeChart chart, ChartSize size) {
        var graphics = new SVGGraphics2D(size.width(), size.height());
        chart.draw(graphics, new Rectangle(0, 0, size.width(), size.height()));
        return graphics.getSVGDocument();
    }
}
