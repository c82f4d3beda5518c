package org.metoodiffusion.influence;

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
@Tag(name = "diffusion model", description = "An Independent Cascade model fitted to the interactions: simulated "
        + "against observed cascades, and influence maximization")
class InfluenceController {

    private final ModelService models;
    private final InfluenceService influence;

    InfluenceController(ModelService models, InfluenceService influence) {
        this.models = models;
        this.influence = influence;
    }

    @GetMapping("/api/cascades/{root}/model")
    @Operation(summary = "The cascade beside the fitted Independent Cascade model (static Bernoulli, Goyal et al. 2010) "
            + "simulated from its first adopters: size, depth, structural virality, adoption curve")
    ModelFit model(
            @Parameter(description = "milano, burke, a post id, post:<id>, origin:<id>, account:<id>, @handle or hashtag:<tag>",
                    example = "milano") @PathVariable String root,
            @Parameter(description = "Simulations, 1.." + ModelService.MAX_RUNS)
            @RequestParam(defaultValue = "" + ModelService.DEFAULT_RUNS) int runs,
            @Parameter(description = "Random seed: the same seed, the same answer")
            @RequestParam(defaultValue = "" + ModelService.DEFAULT_SEED) long seed,
            @Parameter(description = "First adopters to start from, in time order, 1.." + ModelService.MAX_SEEDS)
            @RequestParam(defaultValue = "" + ModelService.DEFAULT_SEEDS) int seeds,
            @Parameter(description = "post or account; default as for the other cascade endpoints")
            @RequestParam(required = false) String level) {
        return models.fit(Root.parse(root), Level.parse(level), runs, seed, seeds);
    }

    @GetMapping("/api/influence")
    @Operation(summary = "k accounts maximizing expected spread under the fitted model (CELF, Leskovec et al. 2007) "
            + "against the top k by PageRank and by out-degree, each set's spread on the same simulations")
    InfluenceMaximization maximize(
            @Parameter(description = "Accounts per set, 1.." + InfluenceService.MAX_K)
            @RequestParam(defaultValue = "" + Celf.DEFAULT_K) int k,
            @Parameter(description = "Simulations, 1.." + InfluenceService.MAX_RUNS)
            @RequestParam(defaultValue = "" + InfluenceService.DEFAULT_RUNS) int runs,
            @Parameter(description = "Random seed: the same seed, the same answer")
            @RequestParam(defaultValue = "" + InfluenceService.DEFAULT_SEED) long seed) {
        return influence.maximize(k, runs, seed);
    }
}
