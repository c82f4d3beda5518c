package org.metoodiffusion.view.chart;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.metoodiffusion.influence.ModelService;
import org.metoodiffusion.trace.Level;
import org.metoodiffusion.trace.Root;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The fitted model's chart ({@link ModelFitChart}), apart from {@link ChartController} so views need no model. */
@RestController
@Tag(name = "views")
class ModelChartController {

    private static final String SIZE = ChartSize.MIN + ".." + ChartSize.MAX + " (pixels for PNG, user units for SVG)";

    private final ModelService models;

    ModelChartController(ModelService models) {
        this.models = models;
    }

    @GetMapping({"/api/cascades/{root}/model.png", "/api/cascades/{root}/model.svg"})
    @Operation(summary = "Adoption curve observed vs simulated by the fitted Independent Cascade model (JFreeChart): "
            + "accounts by hop from the seeds, simulations' mean and 10th-90th percentiles; PNG or SVG by the extension")
    ResponseEntity<byte[]> model(HttpServletRequest request,
            @Parameter(description = "as for /api/cascades/{root}/model", example = "milano") @PathVariable String root,
            @RequestParam(defaultValue = "" + ModelService.DEFAULT_RUNS) int runs,
            @RequestParam(defaultValue = "" + ModelService.DEFAULT_SEED) long seed,
            @RequestParam(defaultValue = "" + ModelService.DEFAULT_SEEDS) int seeds,
            @RequestParam(required = false) String level,
            @Parameter(description = SIZE) @RequestParam(defaultValue = "" + ChartSize.DEFAULT_WIDTH) int width,
            @Parameter(description = SIZE) @RequestParam(defaultValue = "" + ChartSize.DEFAULT_HEIGHT) int height) {
        var size = new ChartSize(width, height);
        var parsed = Root.parse(root);
        var fit = models.fit(parsed, Level.parse(level), runs, seed, seeds);
        var format = request.getRequestURI().endsWith(".svg") ? ChartFormat.SVG : ChartFormat.PNG;
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(format.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(ChartFiles.name("model", parsed, format.extension())).build().toString())
                .body(format.encode(ModelFitChart.chart(fit), size));
    }
}
