package org.metoodiffusion.centrality;

import static org.metoodiffusion.centrality.CsvMessageConverter.TEXT_CSV_VALUE;
import static org.springframework.http.MediaType.APPLICATION_JSON_VALUE;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "communities", description = "Communities (Louvain, Leiden, WCC) and bridges, computed by Neo4j Graph "
        + "Data Science on a projection chosen by level, interaction kinds and time window")
class CommunityController {

    private final CommunityService communities;
    private final CentralitySettings settings;

    CommunityController(CommunityService communities, CentralitySettings settings) {
        this.communities = communities;
        this.settings = settings;
    }

    @GetMapping(path = "/api/communities/{algorithm}", produces = {APPLICATION_JSON_VALUE, TEXT_CSV_VALUE})
    @Operation(summary = "Communities, largest first, paged")
    CommunityPage communities(@Parameter(description = "The community algorithm", example = "louvain")
            @PathVariable String algorithm, @ParameterObject ProjectionQuery projection,
            @ParameterObject AlgorithmQuery parameters, @ParameterObject PageQuery page) {
        return communities.communities(projection.projection(), Measure.parse(algorithm), parameters.parameters(),
                settings.timeout(parameters.timeout()), page.page());
    }

    @GetMapping(path = "/api/communities/{algorithm}/{communityId}", produces = {APPLICATION_JSON_VALUE, TEXT_CSV_VALUE})
    @Operation(summary = "Members of one community, by id, paged")
    MemberPage members(@Parameter(description = "The community algorithm", example = "wcc") @PathVariable String algorithm,
            @PathVariable long communityId, @ParameterObject ProjectionQuery projection,
            @ParameterObject AlgorithmQuery parameters, @ParameterObject PageQuery page) {
        return communities.members(projection.projection(), Measure.parse(algorithm), parameters.parameters(),
                settings.timeout(parameters.timeout()), communityId, page.page());
    }

    @GetMapping(path = "/api/centrality/bridges", produces = {APPLICATION_JSON_VALUE, TEXT_CSV_VALUE})
    @Operation(summary = "Bridges of the projection taken undirected: interactions whose removal disconnects their "
            + "component, paged")
    BridgePage bridges(@ParameterObject ProjectionQuery projection, @ParameterObject PageQuery page,
            @Parameter(description = "Time limit in seconds") @org.springframework.web.bind.annotation.RequestParam(
                    required = false) Integer timeout) {
        return communities.bridges(projection.projection(), settings.timeout(timeout), page.page());
    }
}
