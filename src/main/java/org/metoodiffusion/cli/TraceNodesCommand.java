package org.metoodiffusion.cli;

import org.metoodiffusion.trace.CascadeService;
import org.metoodiffusion.trace.NodePage;
import org.metoodiffusion.trace.Root;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "nodes", mixinStandardHelpOptions = true, description = "A page of a cascade's nodes.")
final class TraceNodesCommand extends TraceSubcommand<CascadeService, NodePage> {

    @Mixin
    TracePage page = new TracePage();

    TraceNodesCommand() {
        super(CascadeService.class);
    }

    @Override
    NodePage answer(CascadeService cascades) {
        return cascades.nodes(Root.parse(page.root), options.level(), options.reconstruction(), page.page, page.size);
    }

    @Override
    String table(NodePage nodes) {
        return TraceTables.nodes(nodes);
    }
}
