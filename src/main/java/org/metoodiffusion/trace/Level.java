package org.metoodiffusion.trace;

import java.util.Locale;

import org.metoodiffusion.api.BadRequestException;

/**
 * What a cascade's nodes are. At {@link #POST} level they are posts joined by replies, quotes and
 * retweets (the platform's record). At {@link #ACCOUNT} level they are accounts joined by timed
 * account-level interactions ({@code INTERACTED}, as SNAP data has them), each account entering at
 * its first activation ({@link EarliestActivation}).
 */
public enum Level {
    POST,
    ACCOUNT;

    /** {@code post} or {@code account}; null or blank means "choose for the root" and gives null. */
    public static Level parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("Unknown level '" + text + "': use post or account.");
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
