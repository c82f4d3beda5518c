package org.metoodiffusion.network;

import java.util.Arrays;
import java.util.Locale;

import org.metoodiffusion.api.BadRequestException;

/**
 * Which posts make the network. Peer tools (twarc-network, twitter-explorer, Hoaxy) build it from
 * the collected posts only; a referenced post (known only as the target of a reply, quote or
 * retweet, or from a page's {@code includes}) says what a collected one pointed at, not what its
 * own author did within the collection.
 */
public enum NetworkScope {
    /** Posts that stood in the input as records of their own ({@code post.collected = true}). */
    COLLECTED,
    /** Every post in the graph, collected or only referenced. */
    ALL;

    /** The {@code $scope} parameter of the {@code network/*.cypher} files. */
    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code collected} or {@code all}, any case; anything else is an {@link BadRequestException}. */
    public static NetworkScope parse(String text) {
        var wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(scope -> scope.parameter().equals(wanted)).findFirst()
                .orElseThrow(() -> new BadRequestException("unknown network scope '" + text
                        + "'; known: collected, all"));
    }
}
