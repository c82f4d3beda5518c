package org.metoodiffusion.centrality;

import static org.metoodiffusion.centrality.CsvMessageConverter.TEXT_CSV_VALUE;
import static org.springframework.http.MediaType.APPLICATION_JSON_VALUE;

import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.accept.ContentNegotiationManager;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.NativeWebRequest;

@RestController
@Tag(name = "centrality", description = "Influential accounts by a measure, computed by Neo4j Graph Data Science "
        + "on a projection chosen by level, interaction kinds and time window")
class CentralityController {

    private static final String MEASURE = "The measure (the values are listed from the measures themselves)";

    private final CentralityService centrality;
    private final CentralitySettings settings;
    private final RankingPageJson pages;
    /** Spring MVC's own negotiation; absent in a context without a web server (batch commands, tests). */
    private final ObjectProvider<ContentNegotiationManager> negotiation;

    CentralityController(CentralityService centrality, CentralitySettings settings, RankingPageJson pages,
            ObjectProvider<ContentNegotiationManager> mvcContentNegotiationManager) {
        this.centrality = centrality;
        this.settings = settings;
        this.pages = pages;
        this.negotiation = mvcContentNegotiationManager;
    }

    @GetMapping(path = "/api/centrality/{measure}", produces = {APPLICATION_JSON_VALUE, TEXT_CSV_VALUE})
    @Operation(summary = "Top nodes by a measure, paged (JSON, or CSV with Accept: text/csv)")
    @ApiResponse(responseCode = "200", content = {
        @Content(mediaType = APPLICATION_JSON_VALUE, schema = @Schema(implementation = RankingPage.class),
                examples = @ExampleObject(name = "pagerank", value = RANKING_EXAMPLE)),
        @Content(mediaType = TEXT_CSV_VALUE, examples = @ExampleObject(name = "csv", value = "rank,id,username,score\r\n"
                + "1,@taranaburke,TaranaBurke,0.385875\r\n2,26642006,Alyssa_Milano,0.2775\r\n"))})
    @ApiResponse(responseCode = "304", description = "Not modified: the page's ETag matches If-None-Match (JSON)")
    ResponseEntity<?> top(@Parameter(description = MEASURE, example = "pagerank") @PathVariable String measure,
            @ParameterObject ProjectionQuery projection, @ParameterObject AlgorithmQuery algorithm,
            @ParameterObject PageQuery page, NativeWebRequest request) throws HttpMediaTypeNotAcceptableException {
        var chosen = Measure.parse(measure);
        var timeout = settings.timeout(algorithm.timeout());
        if (wantsCsv(negotiation.getObject().resolveMediaTypes(request))) {
            return ResponseEntity.ok(centrality.top(projection.projection(), chosen, algorithm.parameters(), timeout,
                    page.page()));
        }
        // Written once per cached result and page; If-None-Match with its ETag gets a 304.
        return pages.top(projection.projection(), chosen, algorithm.parameters(), timeout, page.page()).response();
    }

    @GetMapping(path = "/api/centrality/{measure}/distribution", produces = {APPLICATION_JSON_VALUE, TEXT_CSV_VALUE})
    @Operation(summary = "Distribution of a measure: count, min, max, mean, standard deviation, percentiles")
    Distribution distribution(@Parameter(description = MEASURE, example = "pagerank") @PathVariable String measure,
            @ParameterObject ProjectionQuery projection, @ParameterObject AlgorithmQuery algorithm) {
        return centrality.distribution(projection.projection(), Measure.parse(measure), algorithm.parameters(),
                settings.timeout(algorithm.timeout()));
    }

    @PostMapping(path = "/api/centrality/{measure}/write", produces = APPLICATION_JSON_VALUE)
    @Operation(summary = "Write mode: store the measure's values (community ids for louvain, leiden, wcc) on the "
            + "projected nodes, for Cypher", description = "Then read the property (e.g. pageRank) on the Account nodes in "
            + "cypher-shell. Nodes outside the projection keep any earlier value.")
    WriteSummary write(@Parameter(description = MEASURE + "; communities too", example = "pagerank")
            @PathVariable String measure,
            @Parameter(description = "Node property to write (default: the measure's, e.g. pageRank)")
            @RequestParam(required = false) String writeProperty,
            @ParameterObject ProjectionQuery projection, @ParameterObject AlgorithmQuery algorithm) {
        return centrality.write(projection.projection(), Measure.parse(measure), algorithm.parameters(), writeProperty,
                settings.timeout(algorithm.timeout()));
    }

    @GetMapping(path = "/api/accounts/{id}/centrality", produces = {APPLICATION_JSON_VALUE, TEXT_CSV_VALUE})
    @Operation(summary = "One account's values across measures on one projection (level account)")
    AccountCentrality account(@Parameter(example = "26642006") @PathVariable String id,
            @Parameter(description = "Measures, comma-separated (default: all, communities included; exact "
                    + "betweenness and closeness are O(nm): on big graphs pass samplingSize or leave them out)")
            @RequestParam(required = false) List<String> measures,
            @ParameterObject ProjectionQuery projection, @ParameterObject AlgorithmQuery algorithm) {
        var chosen = measures == null || measures.isEmpty() ? Arrays.asList(Measure.values())
                : measures.stream().map(Measure::parse).distinct().toList();
        return centrality.account(id, projection.projection(), chosen, algorithm.parameters(),
                settings.timeout(algorithm.timeout()));
    }

    /**
     * Whether the client prefers CSV to JSON, as Spring would choose between the two this
     * endpoint produces: the first accepted type (by quality, then specificity) that covers one.
     */
    static boolean wantsCsv(List<MediaType> accepted) {
        for (var type : accepted) {
            if (type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
                return false;
            }
            if (type.isCompatibleWith(CsvMessageConverter.TEXT_CSV)) {
                return true;
            }
        }
        return false;
    }

    static final String RANKING_EXAMPLE = """
            {"computation": {"measure": "pagerank", "projection": {"level": "account", "kinds": ["retweet", "reply",
             "quote", "mention"], "orientation": "natural", "nodes": 3, "relationships": 2},
             "parameters": {"dampingFactor": 0.85, "maxIterations": 20, "tolerance": 1.0E-7, "weighted": true},
             "computedAt": "2025-01-01T12:00:00Z", "computeMillis": 41, "cached": false},
             "total": 3, "offset": 0, "limit": 10, "items": [
              {"rank": 1, "id": "@taranaburke", "username": "TaranaBurke", "score": 0.385875},
              {"rank": 2, "id": "26642006", "username": "Alyssa_Milano", "score": 0.2775},
              {"rank": 3, "id": "@annapaquin", "username": "AnnaPaquin", "score": 0.15}]}""";
}
