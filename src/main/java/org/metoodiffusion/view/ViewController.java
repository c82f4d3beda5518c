package org.metoodiffusion.view;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.metoodiffusion.trace.Reconstruction;
import org.metoodiffusion.trace.Root;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "views", description = "Diffusion graphs for the web viewer, renders and exports")
class ViewController {

    private final GraphViewService views;

    ViewController(GraphViewService views) {
        this.views = views;
    }

    @GetMapping("/api/views/graph")
    @Operation(summary = "The diffusion graph of a root or hashtag with positions, sizes and colours; capped "
            + "(top-N by the measure plus connecting paths) and paged in time order")
    ViewResult graph(
            @Parameter(description = "milano, burke, a post id, origin:<id>, account:<id>, @handle, #tag or hashtag:<tag>", example = "milano")
            @RequestParam(defaultValue = "milano") String root,
            @Parameter(description = "descendants, followers or pagerank") @RequestParam(defaultValue = "descendants") String measure,
            @Parameter(description = "root, community (Louvain, by author) or branch") @RequestParam(defaultValue = "root") String colour,
            @RequestParam(defaultValue = "" + ViewRequest.DEFAULT_CAP) int cap,
            @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "" + ViewRequest.DEFAULT_CAP) int limit,
            @Parameter(description = "platform, followee or interaction") @RequestParam(defaultValue = "platform") String reconstruction) {
        return views.view(new ViewRequest(Root.parse(root), Reconstruction.parse(reconstruction), null, measure,
                Colouring.parse(colour), cap, offset, limit));
    }

    @GetMapping("/api/views/path")
    @Operation(summary = "The influence path from a root to an account's first post in its cascade; 404 when the "
            + "cascade does not reach the account")
    ViewResult path(@RequestParam(defaultValue = "milano") String root,
            @Parameter(description = "account id, @handle or handle", example = "@AnnaPaquin") @RequestParam String account,
            @RequestParam(defaultValue = "descendants") String measure,
            @RequestParam(defaultValue = "root") String colour,
            @RequestParam(defaultValue = "platform") String reconstruction) {
        return views.view(ViewRequest.whole(root, reconstruction, account, measure, colour, ViewRequest.MAX_CAP));
    }
}
