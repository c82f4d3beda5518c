package org.metoodiffusion.centrality;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.metoodiffusion.api.BadRequestException;

/**
 * A kind of interaction through which one account amplifies another: it retweeted, replied to,
 * quoted or mentioned it. The names are the {@code kind} values of account-level
 * {@code INTERACTED} relationships (SNAP data) and the ones projections take.
 */
public enum InteractionKind {
    RETWEET, REPLY, QUOTE, MENTION;

    /** The name used in requests, in Cypher and on {@code INTERACTED.kind}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a request value ({@code retweet}, {@code reply}, {@code quote}, {@code mention}). */
    public static InteractionKind parse(String value) {
        var wanted = value.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(kind -> kind.name().equals(wanted)).findFirst()
                .orElseThrow(() -> new BadRequestException("Unknown interaction kind '" + value + "'; known: "
                        + Arrays.stream(values()).map(InteractionKind::label).collect(Collectors.joining(", "))));
    }
}
