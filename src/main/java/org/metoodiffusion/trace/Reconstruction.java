package org.metoodiffusion.trace;

import java.util.Locale;

import org.metoodiffusion.api.BadRequestException;

/**
 * How a cascade's retweets are attached. The platform credits every retweet to the original post,
 * so the recorded retweet cascade is a star; who actually passed a post on must be inferred, and the
 * rule changes who looks influential (DeVerna, Aiyappa, Pacheco, Bryden &amp; Menczer, 2024; see
 * DESIGN.md), hence every inferred edge carries its {@link Basis} and methods can be compared.
 */
public enum Reconstruction {
    /** As recorded: retweets hang off the original post. */
    PLATFORM,
    /**
     * Time-inferred diffusion over the follow graph: a retweeter's parent is the followee who shared
     * the post most recently before them, else the original (Goel, Watts &amp; Goldstein, "The
     * Structure of Online Diffusion Networks", EC 2012; used by Vosoughi, Roy &amp; Aral, Science 2018).
     */
    FOLLOWEE,
    /**
     * For data without follows: a retweeter's parent is the earlier sharer they replied to, quoted or
     * mentioned most recently before retweeting; a retweeter with no such interaction is left
     * unconnected rather than attached to a made-up parent.
     */
    INTERACTION;

    public static Reconstruction parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new BadRequestException("Unknown reconstruction method '" + text
                    + "': use platform, followee or interaction.");
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
