package org.metoodiffusion.view.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import org.jfree.svg.SVGGraphics2D;
import org.metoodiffusion.view.ViewResult;
import org.springframework.stereotype.Component;

/**
 * Renders a view to PNG or SVG: one drawing ({@link CascadePicture}) on a Java2D surface, an image
 * for PNG and JFreeSVG's graphics for SVG, so the two formats are the same picture. Headless.
 */
@Component
public class ViewRenderer {

    public static final int WIDTH = CascadePicture.WIDTH;
    public static final int HEIGHT = CascadePicture.HEIGHT;

    static {
        System.setProperty("java.awt.headless", "true");
    }

    public byte[] png(ViewResult view) {
        return png(view, null);
    }

    /** @param cascade for a path view, its cascade, drawn faded behind it; null for none */
    public byte[] png(ViewResult view, ViewResult cascade) {
        var image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        try {
            CascadePicture.draw(view, cascade, graphics);
        } finally {
            graphics.dispose();
        }
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public String svg(ViewResult view) {
        return svg(view, null);
    }

    public String svg(ViewResult view, ViewResult cascade) {
        var graphics = new SVGGraphics2D(WIDTH, HEIGHT);
        CascadePicture.draw(view, cascade, graphics);
        // The element without JFreeSVG's DOCTYPE, whose DTD an XML reader would fetch from the web.
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + graphics.getSVGElement() + "\n";
    }

    /** What the picture of {@code view} shows (labels and their boxes, legend, drawn kinds), drawn off screen. */
    CascadePicture.Scene scene(ViewResult view, ViewResult cascade) {
        var image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        try {
            return CascadePicture.draw(view, cascade, graphics);
        } finally {
            graphics.dispose();
        }
    }
}
