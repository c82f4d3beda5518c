package org.metoodiffusion.cli;

import picocli.CommandLine.Command;

/** The tracing analyses from the command line, as tables or as the JSON the REST API returns; one file per subcommand. */
@Command(name = "trace", mixinStandardHelpOptions = true,
        description = "Trace the spread: cascades of a root (milano, burke, a post id, account:<id>, @handle, "
                + "hashtag:<tag>), their metrics, methods side by side, influence paths, adoption, attribution, forecasts, "
                + "a fitted diffusion model, influence maximization.",
        subcommands = {TraceCascadeCommand.class, TraceNodesCommand.class, TraceEdgesCommand.class,
                TraceCompareCommand.class, TracePathCommand.class, TraceAdoptionCommand.class,
                TraceAttributionCommand.class, TraceForecastCommand.class,
                TraceModelCommand.class, TraceInfluenceCommand.class})
final class TraceCommand {
}
