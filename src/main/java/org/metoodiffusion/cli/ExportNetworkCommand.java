package org.metoodiffusion.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.metoodiffusion.network.NetworkExport;
import org.metoodiffusion.network.NetworkFile;
import org.metoodiffusion.network.NetworkScope;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code export network}: the account interaction network as files for Gephi, networkx, igraph. */
@Command(name = "network", mixinStandardHelpOptions = true,
        description = {"Export the account interaction network as twarc-network builds it: accounts, and one directed "
                + "edge per (source, target, kind) with its Weight (kinds retweet, reply, quote, mention; self-loops "
                + "kept), as csv (Gephi node and edge tables: two files), gexf or graphml. See docs/network.md."})
final class ExportNetworkCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Option(names = "--scope", defaultValue = "collected", description = "collected (posts that stood in the input as "
            + "records of their own, as peer tools count) or all (also posts known only by reference) "
            + "(default ${DEFAULT-VALUE}).")
    String scope;

    @Option(names = {"-f", "--format"}, defaultValue = "csv", description = "csv, gexf or graphml (default ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, description = "Output file (default metoo-network-<scope>.<format> in the "
            + "current directory; csv writes <name>.nodes.csv and <name>.edges.csv).")
    Path output;

    @Override
    public Integer call() throws Exception {
        NetworkScope chosen;
        try {
            chosen = NetworkScope.parse(scope);
            NetworkFile.of(format);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        try (var batch = BatchContext.open(database)) {
            for (var file : batch.service(NetworkExport.class).write(format, chosen, output)) {
                System.out.println(file.toAbsolutePath());
            }
            return 0;
        }
    }
}
