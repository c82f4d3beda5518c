package org.metoodiffusion.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.metoodiffusion.generate.CampaignGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Writes a deterministic synthetic #MeToo-like campaign as twarc2 JSONL, with its follow graph. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Generate a synthetic #MeToo-like campaign (twarc2 JSONL) and its follow graph, calibrated on "
                + "the real event. Same --seed and --posts, same output. Every account and post is marked synthetic.",
                "Then: import OUTPUT OUTPUT.follows.txt"})
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--posts", defaultValue = "10000", description = "Number of posts, 1..50,000,000 (default ${DEFAULT-VALUE}).")
    int posts;

    @Option(names = "--seed", defaultValue = "2017", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = {"-o", "--output"}, defaultValue = "metoo-synthetic.jsonl",
            description = "twarc2 JSONL output, '-' for stdout; gzip when it ends in .gz (default ${DEFAULT-VALUE}).")
    String output;

    @Option(names = "--follows", description = "Follow graph output (default: OUTPUT.follows.txt; none for stdout).")
    Path follows;

    @Override
    public Integer call() throws Exception {
        if ("-".equals(output)) {
            CampaignGenerator.generate(posts, seed, System.out);
            System.out.flush();
            return 0;
        }
        var tweets = Path.of(output);
        var followsPath = follows != null ? follows : Path.of(output.replaceFirst("\\.gz$", "").replaceFirst("\\.jsonl$", "")
                + ".follows.txt");
        var generated = CampaignGenerator.generate(posts, seed, tweets, followsPath);
        System.err.printf("Wrote %,d posts by %,d synthetic accounts to %s and %,d follow edges to %s%n",
                generated.posts(), generated.accounts(), generated.tweets(), generated.followEdges(),
                generated.follows());
        return 0;
    }
}
