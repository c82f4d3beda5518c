package org.metoodiffusion.centrality;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.metoodiffusion.api.BadRequestException;

/**
 * What the nodes of a projection are: accounts (an edge per amplifier and amplified account,
 * weighted by how often) or posts (an edge per reply, quote or retweet of one post by another).
 */
public enum Level {
    ACCOUNT(CentralityQuery.PROJECT_ACCOUNTS, CentralityQuery.NAMES_ACCOUNTS, EnumSet.allOf(InteractionKind.class)),
    POST(CentralityQuery.PROJECT_POSTS, CentralityQuery.NAMES_POSTS,
            EnumSet.of(InteractionKind.RETWEET, InteractionKind.REPLY, InteractionKind.QUOTE));

    private final CentralityQuery projectionQuery;
    private final CentralityQuery namesQuery;
    private final Set<InteractionKind> kinds;

    Level(CentralityQuery projectionQuery, CentralityQuery namesQuery, Set<InteractionKind> kinds) {
        this.projectionQuery = projectionQuery;
        this.namesQuery = namesQuery;
        this.kinds = kinds;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    CentralityQuery projectionQuery() {
        return projectionQuery;
    }

    CentralityQuery namesQuery() {
        return namesQuery;
    }

    /** The interaction kinds that exist at this level (a mention links a post to an account, not to a post). */
    public Set<InteractionKind> kinds() {
        return kinds;
    }

    public static Level parse(String value) {
        var wanted = value.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(level -> level.name().equals(wanted)).findFirst()
                .orElseThrow(() -> new BadRequestException("Unknown level '" + value + "'; known: account, post"));
    }
}
