package org.metoodiffusion.view.chart;

import org.metoodiffusion.api.BadRequestException;

/**
 * A chart's size in pixels (PNG) or user units (SVG), validated.
 *
 * @param width  {@value #MIN}..{@value #MAX}
 * @param height {@value #MIN}..{@value #MAX}
 */
public record ChartSize(int width, int height) {

    public static final int MIN = 300;
    public static final int MAX = 4000;
    public static final int DEFAULT_WIDTH = 1200;
    public static final int DEFAULT_HEIGHT = 800;
    public static final ChartSize DEFAULT = new ChartSize(DEFAULT_WIDTH, DEFAULT_HEIGHT);

    public ChartSize {
        if (width < MIN || width > MAX || height < MIN || height > MAX) {
            throw new BadRequestException("width and height must be " + MIN + ".." + MAX + ", were " + width + " and "
                    + height);
        }
    }
}
