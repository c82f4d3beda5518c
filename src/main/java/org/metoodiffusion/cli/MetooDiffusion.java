package org.metoodiffusion.cli;

import java.util.Set;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of the jar. Without a subcommand it serves: {@code java -jar metoo-diffusion.jar}
 * and {@code java -jar metoo-diffusion.jar --http-port 9090} both mean {@code serve}.
 */
@Command(name = "metoo-diffusion", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Neo4j graph analysis of how the #MeToo campaign spread.",
        subcommands = {ServeCommand.class, ImportCommand.class, TraceCommand.class, GenerateCommand.class,
                ExportCommand.class, BenchmarkCommand.class, CommandLine.HelpCommand.class})
public final class MetooDiffusion {

    private static final Set<String> OWN_OPTIONS = Set.of("-h", "--help", "-V", "--version");

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs one command in this JVM, as {@link #main} does, and returns its exit code. */
    public static int execute(String... args) {
        return commandLine().execute(withDefaultCommand(args));
    }

    /** The command line with its error handling: a failure prints one clear line, not a stack trace. */
    static CommandLine commandLine() {
        return new CommandLine(new MetooDiffusion()).setExecutionExceptionHandler(new FailureMessages());
    }

    static String[] withDefaultCommand(String[] args) {
        if (args.length > 0 && (!args[0].startsWith("-") || OWN_OPTIONS.contains(args[0]))) {
            return args;
        }
        var serve = new String[args.length + 1];
        serve[0] = "serve";
        System.arraycopy(args, 0, serve, 1, args.length);
        return serve;
    }
}
