package org.metoodiffusion.view.export;

import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.metoodiffusion.view.GraphViewService;
import org.metoodiffusion.view.ViewFiles;
import org.metoodiffusion.view.ViewRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

@RestController
@Tag(name = "views")
class ExportController {

    private final GraphViewService views;

    ExportController(GraphViewService views) {
        this.views = views;
    }

    @GetMapping("/api/views/export/{format}")
    @Operation(summary = "Download a cascade (or with account= the path to it) as gexf (dynamic, for Gephi's "
            + "timeline), graphml, dot, nodes.csv or edges.csv (Gephi spreadsheet tables)")
    ResponseEntity<StreamingResponseBody> export(
            @Parameter(description = "gexf, graphml, dot, nodes.csv or edges.csv") @PathVariable String format,
            @RequestParam(defaultValue = "milano") String root, @RequestParam(required = false) String account,
            @RequestParam(defaultValue = "descendants") String measure, @RequestParam(defaultValue = "root") String colour,
            @RequestParam(defaultValue = "platform") String reconstruction,
            @RequestParam(defaultValue = "" + ViewRequest.MAX_CAP) int cap) {
        var exportFormat = ExportFormat.parse(format);
        var view = views.view(ViewRequest.whole(root, reconstruction, account, measure, colour, cap));
        StreamingResponseBody body = out -> {
            var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            exportFormat.write(view.graph(), "metoo " + view.root(), writer);
            writer.flush();
        };
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(exportFormat.mediaType() + ";charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(ViewFiles.name(view, exportFormat.extension())).build().toString())
                .body(body);
    }
}
