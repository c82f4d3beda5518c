package org.metoodiffusion.centrality;

import io.swagger.v3.oas.annotations.Parameter;

/** Paging as query parameters. */
record PageQuery(
        @Parameter(description = "Items to skip, >= 0", example = "0") Integer offset,
        @Parameter(description = "Items to return, 1..1000 (default 10)", example = "10") Integer limit) {

    Page page() {
        return Page.of(offset, limit);
    }
}
