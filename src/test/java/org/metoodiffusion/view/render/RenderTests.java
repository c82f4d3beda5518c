package org.metoodiffusion.view.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.metoodiffusion.support.EmbeddedAppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Renders of the seed story over HTTP, checked for real content: the PNG decodes at the stated
 * size with many non-white pixels in several colours; the SVG parses and carries the labels.
 * The files are kept under target/renders/ for a look.
 */
class RenderTests extends EmbeddedAppTest {

    @Autowired
    TestRestTemplate http;

    @Test
    void pngOfBurkesCascadeHasRealContent() throws Exception {
        var response = http.getForEntity("/api/views/render.png?root=burke", byte[].class);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getContentType().toString()).isEqualTo("image/png");
        assertThat(response.getHeaders().getContentDisposition().getFilename()).isEqualTo("metoo-burke.png");
        var image = ImageIO.read(new ByteArrayInputStream(response.getBody()));
        save("burke.png", response.getBody());
        assertThat(image.getWidth()).isEqualTo(ViewRenderer.WIDTH);
        assertThat(image.getHeight()).isEqualTo(ViewRenderer.HEIGHT);
        assertRealContent(image);
    }

    @Test
    void pngOfAPathHasRealContent() throws Exception {
        var response = http.getForEntity("/api/views/render.png?root=milano&account=@AnnaPaquin", byte[].class);
        assertThat(response.getHeaders().getContentDisposition().getFilename())
                .isEqualTo("metoo-milano-path-annapaquin.png");
        save("milano-path.png", response.getBody());
        assertRealContent(ImageIO.read(new ByteArrayInputStream(response.getBody())));
    }

    @Test
    void svgParsesAndNamesTheAccountsAndTheLegend() throws Exception {
        var response = http.getForEntity("/api/views/render.svg?root=milano", byte[].class);
        assertThat(response.getHeaders().getContentType().toString()).isEqualTo("image/svg+xml");
        save("milano.svg", response.getBody());
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(response.getBody()));
        assertThat(document.getDocumentElement().getNodeName()).isEqualTo("svg");
        var texts = new StringBuilder();
        var nodes = document.getElementsByTagName("text");
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.append(nodes.item(i).getTextContent()).append('\n');
        }
        assertThat(texts.toString()).contains("@Alyssa_Milano", "@AnnaPaquin", "Cascade of @Alyssa_Milano", "reply",
                "milano");
        int shapes = 0;
        for (var shape : List.of("path", "ellipse", "circle", "line", "rect")) {
            shapes += document.getElementsByTagName(shape).getLength();
        }
        assertThat(shapes).as("shapes drawn").isGreaterThan(10);
    }

    /** More than a sliver of the image is drawn, in at least four colours (nodes, edges, text). */
    static void assertRealContent(BufferedImage image) {
        long drawn = 0;
        var colours = new HashSet<Integer>();
        for (int x = 0; x < image.getWidth(); x += 2) {
            for (int y = 0; y < image.getHeight(); y += 2) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                if (rgb != 0xFFFFFF) {
                    drawn++;
                    colours.add(rgb);
                }
            }
        }
        assertThat(drawn).as("non-white pixels (sampled)").isGreaterThan(500);
        assertThat(colours.size()).as("distinct colours").isGreaterThan(4);
    }

    private static void save(String name, byte[] bytes) throws Exception {
        var dir = Files.createDirectories(Path.of("target", "renders"));
        Files.write(dir.resolve(name), bytes);
    }
}
