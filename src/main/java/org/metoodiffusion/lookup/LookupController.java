package org.metoodiffusion.lookup;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "graph", description = "What the graph holds")
class LookupController {

    private final LookupService lookup;

    LookupController(LookupService lookup) {
        this.lookup = lookup;
    }

    @GetMapping("/api/posts/{id}")
    @Operation(summary = "One post with its author, hashtags, mentions, references and reply/quote/retweet counts")
    PostView post(@Parameter(description = "Tweet id as a decimal string", example = "919659438700670976")
            @PathVariable String id) {
        return lookup.post(id);
    }

    @GetMapping("/api/accounts/{id}")
    @Operation(summary = "One account with its activity; provisional accounts have the id '@handle'")
    AccountView account(@Parameter(description = "Platform id, or '@handle' for a provisional account",
            example = "26642006") @PathVariable String id) {
        return lookup.account(id);
    }
}
