package org.metoodiffusion.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The root and page of the commands that list a cascade's nodes or edges. */
final class TracePage {

    @Parameters(paramLabel = "ROOT", defaultValue = "milano", description = "The root (default ${DEFAULT-VALUE}).")
    String root;

    @Option(names = "--page", defaultValue = "0", description = "Page from 0 (default ${DEFAULT-VALUE}).")
    int page;

    @Option(names = "--size", defaultValue = "100", description = "Items per page, 1..10000 (default ${DEFAULT-VALUE}).")
    int size;
}
