package org.metoodiffusion.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the jar: {@code serve} when no subcommand is given. */
@Command(name = "metoo-diffusion", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Neo4j graph analysis of how the #MeToo campaign spread.",
        subcommands = {ServeCommand.class, CommandLine.HelpCommand.class})
public final class MetooDiffusion {

    public static void main(String[] args) {
        var command = new CommandLine(new MetooDiffusion());
        System.exit(command.execute(args.length == 0 ? new String[] {"serve"} : args));
    }
}
