package org.metoodiffusion.forecast;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.metoodiffusion.trace.Level;
import org.metoodiffusion.trace.Root;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "forecasting", description = "A cascade's final size from its first hours: SEISMIC against the log-linear baseline")
class ForecastController {

    private final ForecastService forecasts;

    ForecastController(ForecastService forecasts) {
        this.forecasts = forecasts;
    }

    @GetMapping("/api/cascades/{root}/forecast")
    @Operation(summary = "The cascade's final size predicted from its events up to `at` after its start, with 80% "
            + "intervals, by SEISMIC (Zhao et al. 2015) and the log-linear baseline (Szabo & Huberman 2010)")
    Forecast forecast(
            @Parameter(description = "milano, burke, a post id, post:<id>, origin:<id>, account:<id>, @handle or hashtag:<tag>",
                    example = "milano") @PathVariable String root,
            @Parameter(description = "Time after the start: a whole number of s, m, h or d (30m, 1h, 6h, 2d), at most 365d")
            @RequestParam(defaultValue = "1h") String at,
            @Parameter(description = "post or account; default as for the other cascade endpoints")
            @RequestParam(required = false) String level) {
        return forecasts.forecast(Root.parse(root), Level.parse(level), Horizon.parse(at));
    }
}
