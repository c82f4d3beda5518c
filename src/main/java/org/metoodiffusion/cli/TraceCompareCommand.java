package org.metoodiffusion.cli;

import java.util.List;

import org.metoodiffusion.trace.CascadeService;
import org.metoodiffusion.trace.MethodComparison;
import org.metoodiffusion.trace.Reconstruction;
import org.metoodiffusion.trace.Root;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "The same cascade under several reconstructions: metrics and top accounts.")
final class TraceCompareCommand extends TraceSubcommand<CascadeService, List<MethodComparison>> {

    @Parameters(paramLabel = "ROOT", defaultValue = "milano", description = "The root (default ${DEFAULT-VALUE}).")
    String root;

    @Option(names = "--methods", split = ",", description = "Methods to compare (default: every one that applies "
            + "at the level, platform,followee,interaction; only platform at account level).")
    List<String> methods;

    @Option(names = "--top", defaultValue = "10", description = "Top accounts per method (default ${DEFAULT-VALUE}).")
    int top;

    TraceCompareCommand() {
        super(CascadeService.class);
    }

    @Override
    List<MethodComparison> answer(CascadeService cascades) {
        return cascades.compare(Root.parse(root), options.level(),
                methods == null ? null : methods.stream().map(Reconstruction::parse).toList(), top);
    }

    @Override
    String table(List<MethodComparison> comparison) {
        return TraceTables.comparison(comparison);
    }
}
