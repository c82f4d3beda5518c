package org.metoodiffusion.view.render;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.graphstream.stream.file.FileSinkImages;
import org.graphstream.stream.file.FileSinkSVG;
import org.graphstream.stream.file.images.CustomResolution;
import org.graphstream.ui.swing.util.SwingFileSinkImages;
import org.metoodiffusion.view.ViewResult;
import org.springframework.stereotype.Component;

/**
 * Renders a view to PNG or SVG with GraphStream, headless ({@code java.awt.headless=true}, the Swing
 * renderer drawing into an image, no window). The view's own layout places the nodes; no layout
 * runs here, so a 2,000-node render takes about a second.
 */
@Component
public class ViewRenderer {

    public static final int WIDTH = 1600;
    public static final int HEIGHT = 1000;
    private static final Pattern NODE_POSITION = Pattern.compile(
            "<g id=\"node-([^\"]+)\">\\s*<path[^>]*transform=\"translate\\(([-0-9.]+),([-0-9.]+)\\)\"");

    /** GraphStream's image sink logs "0 images written" at INFO on every render; held so the level sticks. */
    private static final java.util.logging.Logger IMAGE_SINK_LOG =
            java.util.logging.Logger.getLogger(FileSinkImages.class.getName());

    static {
        System.setProperty("java.awt.headless", "true");
        System.setProperty("org.graphstream.ui", "swing");
        IMAGE_SINK_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    public byte[] png(ViewResult view) {
        var sink = new SwingFileSinkImages(FileSinkImages.OutputType.PNG, new CustomResolution(WIDTH, HEIGHT));
        sink.setLayoutPolicy(FileSinkImages.LayoutPolicy.NO_LAYOUT);
        sink.setQuality(FileSinkImages.Quality.HIGH);
        // GraphStream's image sink writes to files only (its stream variant is "not implemented").
        Path file = null;
        try {
            file = Files.createTempFile("metoo-render", ".png");
            sink.writeAll(ViewScene.of(view, false), file.toString());
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(file);
        }
    }

    /**
     * GraphStream's styled SVG, plus the labels it leaves out: each labelled node's text at the
     * position GraphStream drew the node.
     */
    public String svg(ViewResult view) {
        var graph = ViewScene.of(view, true);
        var out = new StringWriter();
        try {
            // FileSinkSVG prints a line per edge to standard output: none of it belongs in the server's log.
            QuietStandardOutput.run(() -> {
                new FileSinkSVG().writeAll(graph, out);
                return null;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var svg = out.toString();
        var labels = new StringBuilder("<g id=\"labels\" font-family=\"sans-serif\" font-size=\"9\" fill=\"#222222\">\n");
        var labelled = ViewScene.labelledIds(graph);
        var matcher = NODE_POSITION.matcher(svg);
        while (matcher.find()) {
            var id = matcher.group(1);
            if (labelled.contains(id)) {
                var label = graph.getNode(id).getAttribute("ui.label").toString();
                boolean heading = id.startsWith("caption-title") || id.startsWith("legend-") && !id.contains("-group-")
                        && !id.contains("-edge-");
                labels.append(String.format(java.util.Locale.ROOT, "  <text x=\"%.1f\" y=\"%.1f\"%s>%s</text>%n",
                        Double.parseDouble(matcher.group(2)) + 5, Double.parseDouble(matcher.group(3)) + 3,
                        heading ? " font-weight=\"bold\" font-size=\"11\"" : "", escape(label)));
            }
        }
        labels.append("</g>\n");
        int end = svg.lastIndexOf("</svg>");
        return svg.substring(0, end) + labels + svg.substring(end);
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a temporary file left behind is harmless
            }
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
