package org.metoodiffusion.cli;

import picocli.CommandLine.Command;

/** Benchmarks that print figures, with ratios against a reference measured in the same run; one file per subcommand. */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = "Measure and print figures; run with the heap you mean to use (e.g. java -Xmx1g -jar ...).",
        subcommands = {BenchmarkImportCommand.class, BenchmarkStartupCommand.class, BenchmarkTraceCommand.class,
                BenchmarkViewsCommand.class, BenchmarkCentralityCommand.class, BenchmarkForecastCommand.class,
                BenchmarkHiggsCommand.class, BenchmarkRestCommand.class})
final class BenchmarkCommand {
}
