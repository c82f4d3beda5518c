package org.metoodiffusion.influence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.IntStream;

import org.metoodiffusion.api.BadRequestException;
import org.metoodiffusion.centrality.CentralityService;
import org.metoodiffusion.centrality.CentralitySettings;
import org.metoodiffusion.centrality.Level;
import org.metoodiffusion.centrality.Measure;
import org.metoodiffusion.centrality.MeasureParameters;
import org.metoodiffusion.centrality.Page;
import org.metoodiffusion.centrality.Projection;
import org.springframework.stereotype.Service;

/**
 * Whom a campaign should have started from, under the fitted model: k accounts chosen by {@link
 * Celf} against the top k by PageRank (GDS through {@link CentralityService}: the account
 * interaction graph of every kind, weighted by interaction count, amplifier to amplified, so the
 * much-amplified rank high; no PageRank is materialised, write mode stores one only on request, so the
 * centrality service computes it, cached until the graph changes) and the top k by out-degree in the
 * fitted model (the accounts the most
 * others responded to), each set's expected spread estimated on the same runs. CELF chooses from
 * the {@value #CANDIDATE_POOL} accounts of largest out-degree plus the PageRank set, which bounds
 * its cost at O(pool x runs x (n' + m')) for the first round.
 */
@Service
public class InfluenceService {

    public static final int DEFAULT_RUNS = 200;
    public static final int MAX_RUNS = 1000;
    public static final long DEFAULT_SEED = 2007;
    public static final int MAX_K = 100;
    public static final int CANDIDATE_POOL = 500;
    /** CELF keeps one bit per account and run: at most this many bits (128 MiB). */
    public static final long MAX_BITS = 1L << 30;

    private final FittedGraph fitted;
    private final CentralityService centrality;
    private final CentralitySettings settings;

    InfluenceService(FittedGraph fitted, CentralityService centrality, CentralitySettings settings) {
        this.fitted = fitted;
        this.centrality = centrality;
        this.settings = settings;
    }

    /**
     * @throws BadRequestException for k outside 1..{@value #MAX_K}, runs outside 1..{@value #MAX_RUNS}, or
     *                             more runs than fit the memory bound on this graph
     */
    public InfluenceMaximization maximize(int k, int runs, long seed) {
        ModelService.requireRange("k", k, MAX_K);
        ModelService.requireRange("runs", runs, MAX_RUNS);
        InfluenceGraph graph = fitted.graph();
        if ((long) runs * graph.nodes() > MAX_BITS) {
            throw new BadRequestException("runs must be at most " + MAX_BITS / Math.max(1, graph.nodes())
                    + " on this graph of " + graph.nodes() + " accounts, was " + runs);
        }
        var coins = new LiveEdges(seed, runs);
        var simulation = new IndependentCascade(graph, coins);
        int[] byDegree = IntStream.range(0, graph.nodes()).boxed()
                .sorted(Comparator.comparingInt((Integer v) -> -graph.outDegree(v)).thenComparing(graph::id))
                .mapToInt(Integer::intValue).toArray();
        var ranked = centrality.top(Projection.all(Level.ACCOUNT), Measure.PAGE_RANK, MeasureParameters.NONE,
                settings.timeout(), new Page(0, k)).items();

        var candidates = new LinkedHashSet<Integer>();
        IntStream.range(0, Math.min(CANDIDATE_POOL, byDegree.length)).forEach(i -> candidates.add(byDegree[i]));
        ranked.stream().mapToInt(r -> graph.node(r.id())).filter(v -> v >= 0).forEach(candidates::add);
        var celf = new Celf(graph, coins);
        var picks = celf.select(candidates.stream().mapToInt(Integer::intValue).toArray(), k);

        List<InfluenceMaximization.SeedSet> sets = new ArrayList<>();
        sets.add(set("celf", simulation, picks.stream().mapToInt(Celf.Pick::node).toArray(),
                picks.stream().map(p -> seed(graph, p.node(), p.gain())).toList()));
        sets.add(set("pagerank", simulation, ranked.stream().mapToInt(r -> graph.node(r.id())).toArray(),
                ranked.stream().map(r -> new InfluenceMaximization.Seed(r.id(), r.username(), r.score())).toList()));
        int[] topDegree = IntStream.range(0, Math.min(k, byDegree.length)).map(i -> byDegree[i]).toArray();
        sets.add(set("out-degree", simulation, topDegree,
                IntStream.of(topDegree).mapToObj(v -> seed(graph, v, graph.outDegree(v))).toList()));

        List<String> notes = new ArrayList<>();
        if (picks.size() < k) {
            notes.add("Only " + picks.size() + " accounts have a fitted out-edge: CELF chose those.");
        }
        notes.add("Spreads are estimated on the same runs as CELF chose on (in-sample): CELF's is slightly optimistic.");
        return new InfluenceMaximization(k, runs, seed, ModelFit.ModelSummary.of(graph), candidates.size(),
                celf.evaluations(), sets, notes);
    }

    private static InfluenceMaximization.SeedSet set(String method, IndependentCascade simulation, int[] nodes,
            List<InfluenceMaximization.Seed> accounts) {
        // An account outside the model (no fitted out-edge) is -1: active, activating nobody.
        double spread = nodes.length == 0 ? 0 : simulation.expectedSpread(nodes);
        return new InfluenceMaximization.SeedSet(method, spread, accounts);
    }

    private static InfluenceMaximization.Seed seed(InfluenceGraph graph, int node, double score) {
        return new InfluenceMaximization.Seed(graph.id(node), graph.username(node), score);
    }
}
