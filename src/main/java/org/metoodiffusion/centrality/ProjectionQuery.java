package org.metoodiffusion.centrality;

import java.util.List;

import io.swagger.v3.oas.annotations.Parameter;

/** The projection as query parameters. */
record ProjectionQuery(
        @Parameter(description = "Nodes: `account` (default) or `post`", example = "account") String level,
        @Parameter(description = "Interaction kinds, comma-separated: retweet, reply, quote, mention (default: all "
                + "of the level; posts have no mention)", example = "retweet,reply") List<String> kinds,
        @Parameter(description = "Window start, inclusive: ISO-8601 instant or date (UTC)", example = "2017-10-15")
        String from,
        @Parameter(description = "Window end, exclusive: ISO-8601 instant or date (UTC)", example = "2017-10-17T00:00:00Z")
        String to) {

    Projection projection() {
        return Projection.parse(level, kinds, from, to);
    }
}
