package org.metoodiffusion.network;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code GET /api/network}: the account interaction network as a download, streamed as the
 * database yields it. Parameters are checked before the first byte (a bad one is a 400 problem).
 */
@RestController
@Tag(name = "network")
class NetworkController {

    private final NetworkExport export;

    NetworkController(NetworkExport export) {
        this.export = export;
    }

    @GetMapping("/api/network")
    @Operation(summary = "The account interaction network (twarc-network's user graph): accounts, and one directed "
            + "edge per (source, target, kind) with its Weight; kinds retweet, reply, quote, mention")
    ResponseEntity<StreamingResponseBody> network(
            @Parameter(description = "collected (posts that were records of their own in the input) or all")
            @RequestParam(defaultValue = "collected") String scope,
            @Parameter(description = "csv (with part), gexf or graphml") @RequestParam(defaultValue = "gexf") String format,
            @Parameter(description = "with format=csv: nodes or edges (Gephi's two spreadsheet tables)")
            @RequestParam(required = false) String part) {
        var networkScope = NetworkScope.parse(scope);
        var file = NetworkFile.of(format, part);
        StreamingResponseBody body = out -> {
            var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            export.write(file, networkScope, writer);
            writer.flush();
        };
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType() + ";charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(networkScope)).build().toString())
                .body(body);
    }
}
