package org.metoodiffusion.trace;

import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "tracing", description = "Cascades from Milano's tweet, Burke's origin or any post, account or hashtag")
class TraceController {

    private static final String ROOT = "milano, burke, a post id, post:<id>, origin:<id>, account:<id>, @handle or hashtag:<tag>";
    private static final String METHOD = "platform (as recorded), followee (needs FOLLOWS) or interaction; "
            + "at account level only platform applies";
    private static final String TARGET = "A post id, account:<id> or @handle (at account level a bare id is an account id)";
    private static final String LEVEL = "post or account (an account root's activation cascade over timed account-level "
            + "interactions); default: account for an account root with interactions and no posts, else post";

    private final CascadeService cascades;
    private final InfluencePaths paths;
    private final Attribution attribution;
    private final Adoption adoption;

    TraceController(CascadeService cascades, InfluencePaths paths, Attribution attribution, Adoption adoption) {
        this.cascades = cascades;
        this.paths = paths;
        this.attribution = attribution;
        this.adoption = adoption;
    }

    @GetMapping("/api/cascades/{root}")
    @Operation(summary = "A cascade's summary and metrics: size, depth, breadth, structural virality, timing, first adopters; "
            + "post level, or account level (first activations over timed interactions)")
    CascadeMetrics metrics(@Parameter(description = ROOT, example = "milano") @PathVariable String root,
            @Parameter(description = METHOD) @RequestParam(defaultValue = "platform") String method,
            @Parameter(description = LEVEL) @RequestParam(required = false) String level) {
        return cascades.metrics(Root.parse(root), Level.parse(level), Reconstruction.parse(method));
    }

    @GetMapping("/api/cascades/{root}/nodes")
    @Operation(summary = "A cascade's nodes with parent, link, basis and depth, paged (breadth-first order)")
    NodePage nodes(@Parameter(description = ROOT, example = "milano") @PathVariable String root,
            @Parameter(description = METHOD) @RequestParam(defaultValue = "platform") String method,
            @Parameter(description = "Page number from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Nodes per page, 1..10000") @RequestParam(defaultValue = "100") int size,
            @Parameter(description = LEVEL) @RequestParam(required = false) String level) {
        return cascades.nodes(Root.parse(root), Level.parse(level), Reconstruction.parse(method), page, size);
    }

    @GetMapping("/api/cascades/{root}/edges")
    @Operation(summary = "A cascade's edges (parent post to child post, with kind, basis and time), paged")
    EdgePage edges(@Parameter(description = ROOT, example = "milano") @PathVariable String root,
            @Parameter(description = METHOD) @RequestParam(defaultValue = "platform") String method,
            @Parameter(description = "Page number from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Edges per page, 1..10000") @RequestParam(defaultValue = "100") int size,
            @Parameter(description = LEVEL) @RequestParam(required = false) String level) {
        return cascades.edges(Root.parse(root), Level.parse(level), Reconstruction.parse(method), page, size);
    }

    @GetMapping("/api/cascades/{root}/compare")
    @Operation(summary = "The same cascade under several reconstructions, side by side: metrics and top accounts")
    List<MethodComparison> compare(@Parameter(description = ROOT, example = "milano") @PathVariable String root,
            @Parameter(description = "Comma-separated methods; default every one that applies at the level "
                    + "(platform, followee, interaction; only platform at account level)") @RequestParam(required = false) String methods,
            @Parameter(description = "Top accounts per method, 1..1000") @RequestParam(defaultValue = "10") int top,
            @Parameter(description = LEVEL) @RequestParam(required = false) String level) {
        return cascades.compare(Root.parse(root), Level.parse(level), methods == null ? null
                : Arrays.stream(methods.split(",")).map(Reconstruction::parse).toList(), top);
    }

    @GetMapping("/api/cascades/{root}/path")
    @Operation(summary = "The time-respecting influence path from the root to a post or account, or why there is none")
    InfluencePath path(@Parameter(description = ROOT, example = "milano") @PathVariable String root,
            @Parameter(description = TARGET, example = "@annapaquin") @RequestParam String to,
            @Parameter(description = METHOD) @RequestParam(defaultValue = "platform") String method,
            @Parameter(description = LEVEL) @RequestParam(required = false) String level) {
        return paths.to(Root.parse(root), to, Level.parse(level), Reconstruction.parse(method));
    }

    @GetMapping("/api/adoption")
    @Operation(summary = "Posts and new adopters per hour or day (cumulative too), new adopters split by root")
    AdoptionSeries adoption(@Parameter(description = ROOT, example = "hashtag:metoo") @RequestParam(defaultValue = "hashtag:metoo") String root,
            @Parameter(description = "hour or day") @RequestParam(defaultValue = "day") String bucket,
            @Parameter(description = METHOD) @RequestParam(defaultValue = "platform") String method,
            @Parameter(description = LEVEL) @RequestParam(required = false) String level) {
        return adoption.of(Root.parse(root), Level.parse(level), Reconstruction.parse(method),
                Adoption.Bucket.parse(bucket));
    }

    @GetMapping("/api/attribution")
    @Operation(summary = "How many participating accounts descend from Milano, Burke, both or neither")
    AttributionTotals attribution(@Parameter(description = METHOD) @RequestParam(defaultValue = "platform") String method,
            @Parameter(description = "Hashtag whose users count as participants") @RequestParam(defaultValue = "metoo") String hashtag) {
        return attribution.totals(Reconstruction.parse(method), Root.parse("hashtag:" + hashtag).key());
    }

    @GetMapping("/api/attribution/accounts/{account}")
    @Operation(summary = "One account's attribution, with its first path from each root")
    AccountAttribution accountAttribution(
            @Parameter(description = "Account id, account:<id> or @handle", example = "26642006") @PathVariable String account,
            @Parameter(description = METHOD) @RequestParam(defaultValue = "platform") String method) {
        return attribution.of(account, Reconstruction.parse(method));
    }
}
