package org.metoodiffusion.cli;

import org.metoodiffusion.trace.CascadeMetrics;
import org.metoodiffusion.trace.CascadeService;
import org.metoodiffusion.trace.Root;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "cascade", mixinStandardHelpOptions = true, description = "A cascade's summary and metrics.")
final class TraceCascadeCommand extends TraceSubcommand<CascadeService, CascadeMetrics> {

    @Parameters(paramLabel = "ROOT", defaultValue = "milano", description = "The root (default ${DEFAULT-VALUE}).")
    String root;

    TraceCascadeCommand() {
        super(CascadeService.class);
    }

    @Override
    CascadeMetrics answer(CascadeService cascades) {
        return cascades.metrics(Root.parse(root), options.level(), options.reconstruction());
    }

    @Override
    String table(CascadeMetrics metrics) {
        return TraceTables.metrics(metrics);
    }
}
