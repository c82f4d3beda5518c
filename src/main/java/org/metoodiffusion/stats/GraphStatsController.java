package org.metoodiffusion.stats;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "graph", description = "What the graph holds")
class GraphStatsController {

    private final GraphStatsService stats;

    GraphStatsController(GraphStatsService stats) {
        this.stats = stats;
    }

    @GetMapping("/api/stats")
    @Operation(summary = "Node counts per label and relationship counts per type")
    GraphStats stats() {
        return stats.stats();
    }
}
