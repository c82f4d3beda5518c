package org.metoodiffusion.view.chart;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.jfree.chart.JFreeChart;
import org.metoodiffusion.trace.Adoption;
import org.metoodiffusion.trace.Level;
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

    private static final String ROOT = "milano, burke, a post id, origin:<id>, account:<id>, @handle, #tag or hashtag:<tag>";
    private static final String SIZE = ChartSize.MIN + ".." + ChartSize.MAX + " (pixels for PNG, user units for SVG)";

    private final AdoptionChart adoption;
    private final CascadeSizeChart sizes;

    ChartController(AdoptionChart adoption, CascadeSizeChart sizes) {
        this.adoption = adoption;
        this.sizes = sizes;
    }

    @GetMapping({"/api/views/adoption.png", "/api/views/adoption.svg"})
    @Operation(summary = "Adoption over time (JFreeChart): cumulative new accounts by attribution (Milano, Burke, "
            + "both, neither) and cumulative posts, linear or log, the root's time marked; PNG or SVG by the extension")
    ResponseEntity<byte[]> adoption(HttpServletRequest request,
            @Parameter(description = ROOT, example = "#metoo") @RequestParam(defaultValue = "#metoo") String root,
            @Parameter(description = "hour or day") @RequestParam(defaultValue = "hour") String bucket,
            @Parameter(description = "linear or log (value axis)") @RequestParam(defaultValue = "linear") String scale,
            @Parameter(description = "platform, followee or interaction (decides attribution)")
            @RequestParam(defaultValue = "platform") String reconstruction,
            @Parameter(description = "post or account; empty: chosen for the root") @RequestParam(required = false) String level,
            @Parameter(description = SIZE) @RequestParam(defaultValue = "" + ChartSize.DEFAULT_WIDTH) int width,
            @Parameter(description = SIZE) @RequestParam(defaultValue = "" + ChartSize.DEFAULT_HEIGHT) int height) {
        var size = new ChartSize(width, height);
        var parsed = Root.parse(root);
        var data = adoption.data(parsed, Reconstruction.parse(reconstruction), Level.parse(level),
                Adoption.Bucket.parse(bucket), ChartScale.parse(scale));
        return image(adoption.chart(data), size, "adoption", parsed, request);
    }

    @GetMapping({"/api/views/cascade-sizes.png", "/api/views/cascade-sizes.svg"})
    @Operation(summary = "Size distribution of the cascades a hashtag's posts start, as a CCDF on log-log axes, one "
            + "series per reconstruction (JFreeChart; Vosoughi, Roy & Aral 2018, Fig. 2); PNG or SVG by the extension")
    ResponseEntity<byte[]> cascadeSizes(HttpServletRequest request,
            @Parameter(description = "hashtag, with or without '#'", example = "metoo") @RequestParam(required = false) String tag,
            @Parameter(description = "instead of tag: hashtag:<tag>, #tag, burke, origin:<id>, account:<id> or @handle "
                    + "(not a post: one cascade is no distribution)") @RequestParam(required = false) String root,
            @Parameter(description = SIZE) @RequestParam(defaultValue = "" + ChartSize.DEFAULT_WIDTH) int width,
            @Parameter(description = SIZE) @RequestParam(defaultValue = "" + ChartSize.DEFAULT_HEIGHT) int height) {
        var size = new ChartSize(width, height);
        var parsed = CascadeSizeChart.root(tag, root);
        return image(sizes.chart(sizes.data(parsed)), size, "cascade-sizes", parsed, request);
    }

    private static ResponseEntity<byte[]> image(JFreeChart chart, ChartSize size, String name, Root root,
            HttpServletRequest request) {
        var format = request.getRequestURI().endsWith(".svg") ? ChartFormat.SVG : ChartFormat.PNG;
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(format.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(ChartFiles.name(name, root, format.extension())).build().toString())
                .body(format.encode(chart, size));
    }
}
