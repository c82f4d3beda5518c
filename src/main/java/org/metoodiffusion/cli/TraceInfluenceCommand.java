package org.metoodiffusion.cli;

import java.util.Locale;

import org.metoodiffusion.api.BadRequestException;
import org.metoodiffusion.influence.Celf;
import org.metoodiffusion.influence.InfluenceMaximization;
import org.metoodiffusion.influence.InfluenceService;
import org.metoodiffusion.trace.Reconstruction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "influence", mixinStandardHelpOptions = true,
        description = "The k accounts maximizing expected spread under the fitted Independent Cascade model (CELF), "
                + "against the top k by PageRank and by out-degree, on the same simulations (--method and --level do not apply).")
final class TraceInfluenceCommand extends TraceSubcommand<InfluenceService, InfluenceMaximization> {

    @Option(names = {"-k", "--k"}, defaultValue = "" + Celf.DEFAULT_K,
            description = "Accounts per set, 1.." + InfluenceService.MAX_K + " (default ${DEFAULT-VALUE}).")
    int k;

    @Option(names = "--runs", defaultValue = "" + InfluenceService.DEFAULT_RUNS,
            description = "Simulations, 1.." + InfluenceService.MAX_RUNS + " (default ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--seed", defaultValue = "" + InfluenceService.DEFAULT_SEED,
            description = "Random seed: the same seed, the same answer (default ${DEFAULT-VALUE}).")
    long seed;

    TraceInfluenceCommand() {
        super(InfluenceService.class);
    }

    @Override
    InfluenceMaximization answer(InfluenceService influence) {
        if (options.reconstruction() != Reconstruction.PLATFORM || options.level != null) {
            throw new BadRequestException(
                    "influence maximization works on the fitted account graph: --method and --level do not apply");
        }
        return influence.maximize(k, runs, seed);
    }

    @Override
    String table(InfluenceMaximization answer) {
        var text = new StringBuilder(String.format(Locale.ENGLISH,
                "Influence maximization: k %d, %,d runs, seed %d; CELF chose from %,d candidates in %,d evaluations%n",
                answer.k(), answer.runs(), answer.seed(), answer.candidatePool(), answer.evaluations()));
        text.append(String.format(Locale.ENGLISH, "  fitted: %,d accounts, %,d edges, mean p %.3f%n",
                answer.model().accounts(), answer.model().edges(), answer.model().meanProbability()));
        for (var set : answer.sets()) {
            text.append(String.format(Locale.ENGLISH, "  %-10s expected spread %,.2f: %s%n", set.method(), set.expectedSpread(),
                    String.join(", ", set.accounts().stream().map(s -> (s.username() != null ? "@" + s.username() : s.id())
                            + String.format(Locale.ENGLISH, " (%.3g)", s.score())).toList())));
        }
        answer.notes().forEach(note -> text.append("  note: ").append(note).append(System.lineSeparator()));
        return text.toString().stripTrailing();
    }
}
