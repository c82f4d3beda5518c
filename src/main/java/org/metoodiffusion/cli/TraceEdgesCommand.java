package org.metoodiffusion.cli;

import org.metoodiffusion.trace.CascadeService;
import org.metoodiffusion.trace.EdgePage;
import org.metoodiffusion.trace.Root;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "edges", mixinStandardHelpOptions = true, description = "A page of a cascade's edges.")
final class TraceEdgesCommand extends TraceSubcommand<CascadeService, EdgePage> {

    @Mixin
    TracePage page = new TracePage();

    TraceEdgesCommand() {
        super(CascadeService.class);
    }

    @Override
    EdgePage answer(CascadeService cascades) {
        return cascades.edges(Root.parse(page.root), options.level(), options.reconstruction(), page.page, page.size);
    }

    @Override
    String table(EdgePage edges) {
        return TraceTables.edges(edges);
    }
}
