package org.metoodiffusion.view.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.metoodiffusion.support.ProblemAssert.assertProblem;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.regex.Pattern;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.metoodiffusion.support.EmbeddedAppTest;
import org.metoodiffusion.trace.Adoption;
import org.metoodiffusion.trace.Reconstruction;
import org.metoodiffusion.trace.Root;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * The chart endpoints over real HTTP on the seed story: PNGs decode at the size asked for and show
 * something; SVGs parse and their legends name exactly the series drawn; bad parameters are 400
 * problems. The files are kept under target/charts/ for a look.
 */
class ChartRestTests extends EmbeddedAppTest {

    private static final String PROBLEM = "urn:metoo-diffusion:problem:";

    @Autowired
    TestRestTemplate http;

    @Autowired
    AdoptionChart adoption;

    @Autowired
    CascadeSizeChart sizes;

    @Test
    void adoptionPngDecodesAtTheRequestedSize() throws Exception {
        var response = http.getForEntity("/api/views/adoption.png?root=milano&width=900&height=600", byte[].class);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getContentType().toString()).isEqualTo("image/png");
        assertThat(response.getHeaders().getContentDisposition().getFilename()).isEqualTo("metoo-adoption-milano.png");
        save("adoption-milano.png", response.getBody());
        var image = ImageIO.read(new ByteArrayInputStream(response.getBody()));
        assertThat(image.getWidth()).isEqualTo(900);
        assertThat(image.getHeight()).isEqualTo(600);
        var colours = new HashSet<Integer>();
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                colours.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        // Milano's tweet (both) and Paquin's reply (from Milano) are the seed story's two adopters.
        assertThat(colours).as("text, grid and the curves of both and from Milano").hasSizeGreaterThan(10).contains(
                0xCC79A7, 0xD55E00); // Okabe-Ito reddish purple and vermilion
    }

    @Test
    void adoptionSvgLegendNamesExactlyTheDrawnSeries() throws Exception {
        var response = http.getForEntity("/api/views/adoption.svg?root=hashtag:metoo&bucket=day&scale=log", byte[].class);
        assertThat(response.getHeaders().getContentType().toString()).isEqualTo("image/svg+xml");
        save("adoption-metoo.svg", response.getBody());
        var data = adoption.data(Root.parse("#metoo"), Reconstruction.PLATFORM, null, Adoption.Bucket.DAY, ChartScale.LOG);
        var drawn = new HashSet<String>();
        data.accounts().forEach(curve -> drawn.add(curve.legend()));
        drawn.add(data.posts().legend());

        var texts = texts(response.getBody());
        assertThat(texts.stream().filter(legend("(from (Milano|Burke|both|neither)|all accounts|posts) \\([\\d,]+\\)")).collect(Collectors.toSet()))
                .isEqualTo(drawn);
        assertThat(texts).contains("Adoption over time: #metoo", "time (UTC)", "new accounts (cumulative)", data.rootMarker());
    }

    @Test
    void cascadeSizesSvgLegendNamesExactlyTheDrawnReconstructions() throws Exception {
        var response = http.getForEntity("/api/views/cascade-sizes.svg?tag=metoo", byte[].class);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getContentDisposition().getFilename()).isEqualTo("metoo-cascade-sizes-metoo.svg");
        save("cascade-sizes-metoo.svg", response.getBody());
        var drawn = sizes.data(Root.parse("#metoo")).distributions().stream().map(d -> d.ccdf().legend())
                .collect(Collectors.toSet());

        var texts = texts(response.getBody());
        assertThat(texts.stream().filter(legend("(platform|followee|interaction)[ =a-z]*: [\\d,]+ cascades, largest [\\d,]+")).collect(Collectors.toSet()))
                .isEqualTo(drawn);
        assertThat(texts).contains("cascade size s (posts)", "P(size ≥ s)");
    }

    @Test
    void cascadeSizesPngByRootDecodesAtTheDefaultSize() throws Exception {
        var response = http.getForEntity("/api/views/cascade-sizes.png?root=hashtag:metoo", byte[].class);
        save("cascade-sizes-metoo.png", response.getBody());
        var image = ImageIO.read(new ByteArrayInputStream(response.getBody()));
        assertThat(image.getWidth()).isEqualTo(ChartSize.DEFAULT_WIDTH);
        assertThat(image.getHeight()).isEqualTo(ChartSize.DEFAULT_HEIGHT);
    }

    @Test
    void badParametersAreProblems() throws Exception {
        for (String query : new String[] {"adoption.png?scale=cubic", "adoption.svg?bucket=week",
                "adoption.png?width=10", "adoption.png?height=99999", "adoption.png?reconstruction=psychic",
                "adoption.png?level=galaxy", "adoption.png?root=nobody", "cascade-sizes.png?root=milano",
                "cascade-sizes.svg?tag=me-too", "cascade-sizes.png?tag=metoo&root=burke"}) {
            assertThat(get("/api/views/" + query).getStatusCode().value()).as(query).isEqualTo(400);
            assertProblem(get("/api/views/" + query), 400, PROBLEM + "invalid-parameter");
        }
        assertProblem(get("/api/views/adoption.png?root=9.825813237296947e%2B17"), 400, PROBLEM + "invalid-id");
    }

    @Test
    void openApiDocumentsTheChartEndpoints() throws Exception {
        var paths = new ObjectMapper().readTree(get("/v3/api-docs").getBody()).at("/paths");
        for (String path : new String[] {"/api/views/adoption.png", "/api/views/adoption.svg",
                "/api/views/cascade-sizes.png", "/api/views/cascade-sizes.svg"}) {
            assertThat(paths.has(path)).as(path).isTrue();
        }
    }

    private ResponseEntity<String> get(String url) {
        return http.getForEntity(url, String.class);
    }

    private static Predicate<String> legend(String regex) {
        return Pattern.compile(regex).asMatchPredicate();
    }

    private static java.util.List<String> texts(byte[] svg) throws Exception {
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(svg));
        assertThat(document.getDocumentElement().getNodeName()).isEqualTo("svg");
        var nodes = document.getElementsByTagName("text");
        var texts = new java.util.ArrayList<String>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    private static void save(String name, byte[] bytes) throws Exception {
        var dir = Files.createDirectories(Path.of("target", "charts"));
        Files.write(dir.resolve(name), bytes);
    }
}
