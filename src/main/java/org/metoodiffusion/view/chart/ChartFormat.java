package org.metoodiffusion.view.chart;

import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.metoodiffusion.api.BadRequestException;

/**
 * The picture formats of a chart: PNG (JFreeChart's encoder) or SVG (JFreeSVG, whose text stays
 * text, so a figure can be searched, restyled and edited in Inkscape or Illustrator).
 */
public enum ChartFormat {
    PNG("image/png"), SVG("image/svg+xml");

    private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    private final String mediaType;

    ChartFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public static ChartFormat parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new BadRequestException("Unknown chart format '" + text + "': use png or svg.");
        }
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The chart drawn at the size, as the file's bytes. */
    public byte[] encode(JFreeChart chart, ChartSize size) {
        if (this == SVG) {
            var graphics = new SVGGraphics2D(size.width(), size.height());
            // Coordinates to a hundredth of a unit: finer than any screen, a third of the default's digits.
            graphics.setGeomDoubleConverter(value -> Double.toString(Math.round(value * 100) / 100.0));
            chart.draw(graphics, new Rectangle(0, 0, size.width(), size.height()));
            // The element, not getSVGDocument(): its DOCTYPE names the SVG 1.1 DTD on w3.org, which XML
            // parsers then try to download.
            return (XML_DECLARATION + graphics.getSVGElement() + "\n").getBytes(StandardCharsets.UTF_8);
        }
        var out = new ByteArrayOutputStream(256 * 1024);
        try {
            ChartUtils.writeChartAsPNG(out, chart, size.width(), size.height());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
