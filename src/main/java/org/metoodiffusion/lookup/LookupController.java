package org.metoodiffusion.lookup;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "graph", description = "What the graph holds")
class LookupController {

    private final LookupService lookup;
    private final PostJson posts;

    LookupController(LookupService lookup, PostJson posts) {
        this.lookup = lookup;
        this.posts = posts;
    }

    @GetMapping(path = "/api/posts/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One post with its author, hashtags, mentions, references and reply/quote/retweet counts")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PostView.class)))
    @ApiResponse(responseCode = "304", description = "Not modified: the post's ETag matches If-None-Match")
    ResponseEntity<byte[]> post(@Parameter(description = "Tweet id as a decimal string", example = "919659438700670976")
            @PathVariable String id) {
        // Kept as JSON until the next write; If-None-Match with its ETag gets a 304.
        return posts.post(id).response();
    }

    @GetMapping("/api/accounts/{id}")
    @Operation(summary = "One account with its activity; provisional accounts have the id '@handle'")
    AccountView account(@Parameter(description = "Platform id, or '@handle' for a provisional account",
            example = "26642006") @PathVariable String id) {
        return lookup.account(id);
    }
}
