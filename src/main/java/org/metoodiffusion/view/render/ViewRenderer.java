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
        var image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        try {
            CascadePicture.draw(view, graphics);
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
        var graphics = new SVGGraphics2D(WIDTH, HEIGHT);
        CascadePicture.draw(view, graphics);
        // The element without JFreeSVG's DOCTYPE, whose DTD an XML reader would fetch from the web.
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + graphics.getSVGElement() + "\n";
    }

    /** What the picture of {@code view} shows (labels and their boxes, legend, drawn kinds), drawn off screen. */
    CascadePicture.Scene scene(ViewResult view) {
        var image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        try {
            return CascadePicture.draw(view, graphics);
        } finally {
            graphics.dispose();
        }
    }
}
