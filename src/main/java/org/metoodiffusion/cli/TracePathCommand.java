package org.metoodiffusion.cli;

import org.metoodiffusion.trace.InfluencePath;
import org.metoodiffusion.trace.InfluencePaths;
import org.metoodiffusion.trace.Root;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "path", mixinStandardHelpOptions = true,
        description = "The influence path from a root to a post or account (a post id, account:<id> or @handle).")
final class TracePathCommand extends TraceSubcommand<InfluencePaths, InfluencePath> {

    @Parameters(index = "0", paramLabel = "ROOT", description = "The root.")
    String root;

    @Parameters(index = "1", paramLabel = "TARGET",
            description = "A post id, account:<id> or @handle (at account level a bare id is an account).")
    String target;

    TracePathCommand() {
        super(InfluencePaths.class);
    }

    @Override
    InfluencePath answer(InfluencePaths paths) {
        return paths.to(Root.parse(root), target, options.level(), options.reconstruction());
    }

    @Override
    String table(InfluencePath path) {
        return TraceTables.path(path);
    }
}
