package org.metoodiffusion.cli;

import org.metoodiffusion.trace.Adoption;
import org.metoodiffusion.trace.AdoptionSeries;
import org.metoodiffusion.trace.Root;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "adoption", mixinStandardHelpOptions = true,
        description = "Posts and new adopters per hour or day, new adopters split by root.")
final class TraceAdoptionCommand extends TraceSubcommand<Adoption, AdoptionSeries> {

    @Parameters(paramLabel = "ROOT", defaultValue = "hashtag:metoo", description = "The root (default ${DEFAULT-VALUE}).")
    String root;

    @Option(names = "--bucket", defaultValue = "day", description = "hour or day (default ${DEFAULT-VALUE}).")
    String bucket;

    TraceAdoptionCommand() {
        super(Adoption.class);
    }

    @Override
    AdoptionSeries answer(Adoption adoption) {
        return adoption.of(Root.parse(root), options.level(), options.reconstruction(), Adoption.Bucket.parse(bucket));
    }

    @Override
    String table(AdoptionSeries series) {
        return TraceTables.adoption(series);
    }
}
