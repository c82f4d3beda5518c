package org.metoodiffusion.view;

import java.util.HashMap;

import org.metoodiffusion.centrality.PageRankParameters;
import org.metoodiffusion.centrality.PageRankService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The author's weighted PageRank over the account interaction graph, from the GDS-backed
 * {@link PageRankService} (Brin &amp; Page 1998; GDS defaults). Accounts outside the top 1,000
 * score 0. Needs GDS: with an external server without it, the request fails with a 503 problem.
 */
@Component
@Order(3)
class PageRankMeasure implements NodeMeasure {

    private static final int TOP = 1000;

    private final PageRankService pageRank;

    PageRankMeasure(PageRankService pageRank) {
        this.pageRank = pageRank;
    }

    @Override
    public String name() {
        return "pagerank";
    }

    @Override
    public String description() {
        return "author's PageRank over account interactions (GDS)";
    }

    @Override
    public double[] scores(DiffusionTree tree) {
        var byAccount = new HashMap<String, Double>();
        pageRank.top(new PageRankParameters(PageRankParameters.DEFAULT_DAMPING_FACTOR,
                PageRankParameters.DEFAULT_MAX_ITERATIONS, TOP)).forEach(s -> byAccount.put(s.id(), s.score()));
        return tree.nodes().stream()
                .mapToDouble(node -> node.accountId() == null ? 0 : byAccount.getOrDefault(node.accountId(), 0.0))
                .toArray();
    }
}
