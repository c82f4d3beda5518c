package org.metoodiffusion.trace;

/** Why a node has the parent it has: as the platform recorded it, or inferred by a reconstruction. */
public enum Basis {
    /** The reference the platform recorded (reply, quote, retweet of the original) or the root's seed rule. */
    RECORDED,
    /** Followee reconstruction: the most recent earlier sharer the retweeter follows. */
    FOLLOWEE,
    /** Followee reconstruction found no followee who shared earlier: the original post, as the rule says. */
    ORIGINAL_FALLBACK,
    /** Interaction reconstruction: the earlier sharer the retweeter replied to, quoted or mentioned most recently. */
    INTERACTION,
    /** No rule of the reconstruction connects this retweet: it starts a tree of its own in the forest. */
    UNCONNECTED,
    /**
     * Account level: the interaction by which the account first entered the spread, with an account
     * already active at that time (earliest arrival, {@link EarliestActivation}).
     */
    FIRST_ACTIVATION
}
