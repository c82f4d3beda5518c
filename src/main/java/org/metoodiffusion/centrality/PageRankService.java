package org.metoodiffusion.centrality;

import java.util.List;
import java.util.Map;

import org.metoodiffusion.cypher.QueryLibrary;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * PageRank of accounts over the weighted account interaction graph (replies, quotes, retweets,
 * mentions; edges from amplifier to amplified), computed by GDS.
 *
 * <p>PageRank: Page, Brin, Motwani &amp; Winograd, "The PageRank Citation Ranking: Bringing Order
 * to the Web", Stanford InfoLab 1999. GDS iterates in O(k(n+m)) for k iterations.
 */
@Service
public class PageRankService {

    private final Neo4jClient neo4j;
    private final QueryLibrary queries;
    private final GraphDataScience gds;

    PageRankService(Neo4jClient neo4j, QueryLibrary queries, GraphDataScience gds) {
        this.neo4j = neo4j;
        this.queries = queries;
        this.gds = gds;
    }

    public List<AccountScore> top(PageRankParameters parameters) {
        return gds.withProjection("centrality/project-account-interactions", graphName -> List.copyOf(
                neo4j.query(queries.get("centrality/pagerank-stream"))
                        .bindAll(Map.of("graphName", graphName, "dampingFactor", parameters.dampingFactor(),
                                "maxIterations", parameters.maxIterations(), "limit", parameters.limit()))
                        .fetchAs(AccountScore.class)
                        .mappedBy((types, row) -> new AccountScore(row.get("id").asString(),
                                row.get("username").asString(null), row.get("score").asDouble()))
                        .all()));
    }
}
