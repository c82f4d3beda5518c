package org.metoodiffusion.view.chart;

import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.jfree.chart.JFreeChart;
import org.metoodiffusion.trace.Adoption;
import org.metoodiffusion.trace.Reconstruction;
import org.metoodiffusion.trace.Root;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "views")
class ChartController {

    private static final MediaType SVG = MediaType.parseMediaType("image/svg+xml");
    private static final String ROOT = "milano, burke, a post id, origin:<id>, account:<id>, @handle, #tag or hashtag:<tag>";

    private final AdoptionChart adoption;
    private final CascadeSizeChart sizes;

    ChartController(AdoptionChart adoption, CascadeSizeChart sizes) {
        this.adoption = adoption;
        this.sizes = sizes;
    }

    @GetMapping({"/api/views/adoption.png", "/api/views/adoption.svg"})
    @Operation(summary = "Adoption over time (JFreeChart): cumulative new accounts by attribution (Milano, Burke, "
            + "both, neither) and posts, the root's time marked; PNG or SVG by the extension")
    ResponseEntity<byte[]> adoption(HttpServletRequest request,
            @Parameter(description = ROOT, example = "milano") @RequestParam(defaultValue = "#metoo") String root,
            @Parameter(description = "hour or day") @RequestParam(defaultValue = "hour") String bucket,
            @Parameter(description = "linear or log") @RequestParam(defaultValue = "linear") String scale,
            @Parameter(description = "platform, followee or interaction (for attribution)")
            @RequestParam(defaultValue = "platform") String reconstruction,
            @RequestParam(defaultValue = "" + ChartSize.DEFAULT_WIDTH) int width,
            @RequestParam(defaultValue = "" + ChartSize.DEFAULT_HEIGHT) int height) {
        var size = new ChartSize(width, height);
        var parsed = Root.parse(root);
        var data = adoption.data(parsed, Reconstruction.parse(reconstruction), Adoption.Bucket.parse(bucket),
                ChartScale.parse(scale));
        return image(adoption.chart(data), size, "adoption", parsed, request.getRequestURI());
    }

    @GetMapping({"/api/views/cascade-sizes.png", "/api/views/cascade-sizes.svg"})
    @Operation(summary = "Size distribution of the cascades a hashtag starts, as a CCDF on log-log axes, per "
            + "reconstruction (JFreeChart; Vosoughi, Roy & Aral 2018, Fig. 2); PNG or SVG by the extension")
    ResponseEntity<byte[]> cascadeSizes(HttpServletRequest request,
            @Parameter(description = "#tag or hashtag:<tag> (also burke, origin:<id>, account:<id>, @handle); not a post",
                    example = "#metoo") @RequestParam(defaultValue = CascadeSizeChart.DEFAULT_ROOT) String root,
            @RequestParam(defaultValue = "" + ChartSize.DEFAULT_WIDTH) int width,
            @RequestParam(defaultValue = "" + ChartSize.DEFAULT_HEIGHT) int height) {
        var size = new ChartSize(width, height);
        var parsed = Root.parse(root);
        return image(sizes.chart(sizes.data(parsed)), size, "cascade-sizes", parsed, request.getRequestURI());
    }

    private static ResponseEntity<byte[]> image(JFreeChart chart, ChartSize size, String chartName, Root root, String uri) {
        boolean svg = uri.endsWith(".svg");
        byte[] body = svg ? ChartImages.svg(chart, size).getBytes(StandardCharsets.UTF_8) : ChartImages.png(chart, size);
        return ResponseEntity.ok().contentType(svg ? SVG : MediaType.IMAGE_PNG)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(ChartFiles.name(chartName, root, svg ? "svg" : "png")).build().toString())
                .body(body);
    }
}
