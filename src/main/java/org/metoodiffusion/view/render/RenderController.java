package org.metoodiffusion.view.render;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.metoodiffusion.view.GraphViewService;
import org.metoodiffusion.view.ViewFiles;
import org.metoodiffusion.view.ViewRequest;
import org.metoodiffusion.view.ViewResult;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "views")
class RenderController {

    private static final MediaType SVG = MediaType.parseMediaType("image/svg+xml");

    private final GraphViewService views;
    private final ViewRenderer renderer;

    RenderController(GraphViewService views, ViewRenderer renderer) {
        this.views = views;
        this.renderer = renderer;
    }

    @GetMapping("/api/views/render.png")
    @Operation(summary = "A cascade, or with account= the influence path to it, rendered to PNG: log time axis, tidy threads, counted retweet bands, placed labels")
    ResponseEntity<byte[]> png(@RequestParam(defaultValue = "milano") String root,
            @Parameter(description = "account id or @handle: render the path to it") @RequestParam(required = false) String account,
            @RequestParam(defaultValue = "descendants") String measure, @RequestParam(defaultValue = "root") String colour,
            @RequestParam(defaultValue = "platform") String reconstruction,
            @RequestParam(defaultValue = "" + ViewRequest.DEFAULT_RENDER_CAP) int cap) {
        var request = ViewRequest.whole(root, reconstruction, account, measure, colour, cap);
        var view = views.view(request);
        return file(renderer.png(view, views.cascadeBehind(request)), MediaType.IMAGE_PNG, view, "png");
    }

    @GetMapping("/api/views/render.svg")
    @Operation(summary = "The same render as SVG")
    ResponseEntity<byte[]> svg(@RequestParam(defaultValue = "milano") String root,
            @RequestParam(required = false) String account,
            @RequestParam(defaultValue = "descendants") String measure, @RequestParam(defaultValue = "root") String colour,
            @RequestParam(defaultValue = "platform") String reconstruction,
            @RequestParam(defaultValue = "" + ViewRequest.DEFAULT_RENDER_CAP) int cap) {
        var request = ViewRequest.whole(root, reconstruction, account, measure, colour, cap);
        var view = views.view(request);
        return file(renderer.svg(view, views.cascadeBehind(request)).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                SVG, view, "svg");
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, ViewResult view, String extension) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(ViewFiles.name(view, extension)).build().toString())
                .body(body);
    }
}
