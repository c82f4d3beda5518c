package org.metoodiffusion.centrality;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "centrality", description = "Influential accounts, computed by Neo4j Graph Data Science")
class CentralityController {

    private final PageRankService pageRank;

    CentralityController(PageRankService pageRank) {
        this.pageRank = pageRank;
    }

    @GetMapping("/api/centrality/pagerank")
    @Operation(summary = "Top accounts by PageRank over the weighted interaction graph (amplifier -> amplified)")
    List<AccountScore> pageRank(
            @Parameter(description = "Damping factor in [0, 1)") @RequestParam(defaultValue = "0.85") double dampingFactor,
            @Parameter(description = "Maximum iterations, 1..1000") @RequestParam(defaultValue = "20") int maxIterations,
            @Parameter(description = "Number of accounts, 1..1000") @RequestParam(defaultValue = "10") int limit) {
        return pageRank.top(new PageRankParameters(dampingFactor, maxIterations, limit));
    }
}
