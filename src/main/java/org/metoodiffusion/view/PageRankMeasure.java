package org.metoodiffusion.view;

import java.util.HashMap;

import org.metoodiffusion.centrality.CentralityService;
import org.metoodiffusion.centrality.CentralitySettings;
import org.metoodiffusion.centrality.Level;
import org.metoodiffusion.centrality.Measure;
import org.metoodiffusion.centrality.MeasureParameters;
import org.metoodiffusion.centrality.Page;
import org.metoodiffusion.centrality.Projection;
import org.metoodiffusion.trace.CascadeTree;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The author's weighted PageRank over the account interaction graph, from the GDS-backed
 * {@link CentralityService} (Brin &amp; Page 1998; GDS defaults; cached until the graph changes). Accounts outside the top 1,000
 * score 0. Needs GDS: with an external server without it, the request fails with a 503 problem.
 */
@Component
@Order(3)
class PageRankMeasure implements NodeMeasure {

    private static final int TOP = 1000;

    private final CentralityService centrality;
    private final CentralitySettings settings;

    PageRankMeasure(CentralityService centrality, CentralitySettings settings) {
        this.centrality = centrality;
        this.settings = settings;
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
    public double[] scores(CascadeTree tree) {
        var byAccount = new HashMap<String, Double>();
        centrality.top(Projection.all(Level.ACCOUNT), Measure.PAGE_RANK, MeasureParameters.NONE, settings.timeout(),
                new Page(0, TOP)).items().forEach(ranked -> byAccount.put(ranked.id(), ranked.score()));
        return NodeMeasure.byAuthor(tree, byAccount);
    }
}
