package org.metoodiffusion.influence;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.metoodiffusion.api.BadRequestException;
import org.metoodiffusion.api.NotFoundException;
import org.metoodiffusion.trace.CascadeNode;
import org.metoodiffusion.trace.CascadeService;
import org.metoodiffusion.trace.Level;
import org.metoodiffusion.trace.NodePage;
import org.metoodiffusion.trace.Reconstruction;
import org.metoodiffusion.trace.Root;
import org.springframework.stereotype.Service;

/**
 * Does the fitted Independent Cascade model reproduce a cascade? The cascade as the tracer gives it
 * (platform record, the level chosen as for the other cascade answers), read as accounts ({@link
 * ObservedCascade}); the model ({@link FittedGraph}) simulated {@code runs} times from the cascade's
 * first {@code seeds} adopters in time order (by default 1: the root post's author, or an account
 * root itself); size, depth and structural virality side by side, and the adoption curve: accounts
 * within t hops of the seeds observed against accounts active by step t of the simulations. The IC
 * model has no clock, so its steps are compared with hops (generations), not with time buckets.
 */
@Service
public class ModelService {

    public static final int DEFAULT_RUNS = 1000;
    public static final int MAX_RUNS = 10_000;
    public static final long DEFAULT_SEED = 2010;
    public static final int DEFAULT_SEEDS = 1;
    public static final int MAX_SEEDS = 100;
    /** Adoption curves stop at this step: the answer stays small whatever a run's depth. */
    public static final int MAX_STEPS = 100;

    private final CascadeService cascades;
    private final FittedGraph fitted;

    ModelService(CascadeService cascades, FittedGraph fitted) {
        this.cascades = cascades;
        this.fitted = fitted;
    }

    /**
     * @param level post or account, or null to choose as the tracer does
     * @throws BadRequestException for runs outside 1..{@value #MAX_RUNS}, seeds outside 1..{@value #MAX_SEEDS},
     *                             or a level that does not apply
     * @throws NotFoundException   for an unknown root, or a cascade without an account
     */
    public ModelFit fit(Root root, Level level, int runs, long seed, int seeds) {
        requireRange("runs", runs, MAX_RUNS);
        requireRange("seeds", seeds, MAX_SEEDS);
        var first = cascades.nodes(root, level, Reconstruction.PLATFORM, 0, CascadeService.MAX_PAGE_SIZE);
        var observed = observed(root, level, first, seeds);
        if (observed.size() == 0) {
            throw new NotFoundException("The cascade of " + root + " has no account to simulate from.");
        }
        InfluenceGraph graph = fitted.graph();
        int seedCount = Math.min(seeds, observed.size());
        int[] seedNodes = new int[seedCount];
        List<ModelFit.Account> seedAccounts = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < seedCount; i++) {
            seedNodes[i] = graph.node(observed.accounts().get(i));
            seedAccounts.add(new ModelFit.Account(observed.accounts().get(i), observed.usernames().get(i)));
            if (seedNodes[i] < 0 || graph.outDegree(seedNodes[i]) == 0) {
                notes.add("Seed " + observed.accounts().get(i) + " has no fitted out-edge: nobody ever responded to it, "
                        + "so in the model it activates nobody.");
            }
        }
        if (seedCount < seeds) {
            notes.add("The cascade has " + seedCount + " accounts: all are seeds.");
        }
        var simulated = Simulations.run(new IndependentCascade(graph, new LiveEdges(seed, runs)), seedNodes, runs);
        int steps = Math.min(MAX_STEPS, Math.max(observed.depth(), simulated.maxDepth()));
        if (steps < Math.max(observed.depth(), simulated.maxDepth())) {
            notes.add("Adoption curves stop at step " + MAX_STEPS + ".");
        }
        long orphans = IntStream.range(seedCount, observed.size()).filter(i -> observed.hops()[i] == 0).count();
        if (orphans > 0) {
            notes.add(orphans + " observed accounts have no active author above them in the cascade (independent "
                    + "adopters): they count at hop 0 of the observed cascade; the model reaches them only over fitted edges.");
        }
        notes.add("The model is fitted on the whole graph, this cascade included: an in-sample comparison.");
        String label = cascades.metrics(root, level, Reconstruction.PLATFORM).rootLabel();
        return new ModelFit(root.toString(), label, first.level(), seedAccounts, runs, seed, ModelFit.ModelSummary.of(graph),
                new ModelFit.Comparison(observed.size(), Summary.of(simulated.sizes())),
                new ModelFit.Comparison(observed.depth(), Summary.of(simulated.depths())),
                new ModelFit.Comparison(observed.structuralVirality(), Summary.of(simulated.virality())),
                simulated.shareAtMost(observed.size()), adoption(observed, simulated, steps), notes);
    }

    private ObservedCascade observed(Root root, Level level, NodePage first, int seeds) {
        List<CascadeNode> nodes = new ArrayList<>(first.nodes());
        for (int page = 1; (long) page * first.size() < first.total(); page++) {
            nodes.addAll(cascades.nodes(root, level, Reconstruction.PLATFORM, page, first.size()).nodes());
        }
        boolean virtual = first.level().equals(Level.POST.label()) && !nodes.isEmpty() && nodes.get(0).post() == null;
        return ObservedCascade.of(nodes, virtual, seeds);
    }

    private static List<ModelFit.AdoptionStep> adoption(ObservedCascade observed, Simulations simulated, int steps) {
        int[] observedByHop = new int[steps + 1];
        for (int hop : observed.hops()) {
            if (hop <= steps) {
                observedByHop[hop]++;
            }
        }
        List<ModelFit.AdoptionStep> curve = new ArrayList<>();
        int cumulative = 0;
        for (int t = 0; t <= steps; t++) {
            cumulative += observedByHop[t];
            var summary = Summary.of(simulated.activeBy(t));
            curve.add(new ModelFit.AdoptionStep(t, cumulative, summary.mean(), summary.p10(), summary.p90()));
        }
        return curve;
    }

    static void requireRange(String name, long value, long max) {
        if (value < 1 || value > max) {
            throw new BadRequestException(name + " must be 1.." + max + ", was " + value);
        }
    }
}
