package org.metoodiffusion.cli;

import org.metoodiffusion.trace.Level;
import org.metoodiffusion.trace.Reconstruction;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options every trace subcommand has. */
final class TraceOptions {

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Option(names = {"-m", "--method"}, defaultValue = "platform",
            description = "Reconstruction: platform, followee or interaction (default ${DEFAULT-VALUE}); "
                    + "only platform at account level.")
    String method;

    @Option(names = {"-l", "--level"}, description = "post or account (an account root's first activations over "
            + "timed interactions). Default: account for an account root with interactions and no posts, else post.")
    String level;

    @Option(names = "--json", description = "Print JSON, as the REST API answers, instead of a table.")
    boolean json;

    Reconstruction reconstruction() {
        return Reconstruction.parse(method);
    }

    Level level() {
        return Level.parse(level);
    }
}
