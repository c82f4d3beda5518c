package org.metoodiffusion.trace;

/** How a cascade node joins its parent. */
public enum Link {
    /** Node 0, the root itself. */
    ROOT,
    /** Under a virtual root: the root account (or an origin's account) posted it. */
    POSTED,
    /** Under an origin: the post credits the origin. */
    CREDITS,
    /** Under an origin: the post mentions one of the origin's accounts. */
    MENTIONS,
    /** Under a hashtag: the post carries the tag. */
    TAGS,
    REPLY,
    QUOTE,
    RETWEET,
    /** Account level: the account mentioned its parent (SNAP {@code MT}). */
    MENTION;

    /** The link of an account-level {@code INTERACTED} edge of the given kind ({@code retweet}, {@code reply}, {@code mention}). */
    static Link ofInteraction(String kind) {
        return switch (kind) {
            case "retweet" -> RETWEET;
            case "reply" -> REPLY;
            case "mention" -> MENTION;
            default -> throw new IllegalArgumentException("unknown interaction kind '" + kind + "'");
        };
    }

    static Link ofRelationship(String type) {
        return switch (type) {
            case "REPLY_TO" -> REPLY;
            case "QUOTES" -> QUOTE;
            case "RETWEET_OF" -> RETWEET;
            default -> valueOf(type);
        };
    }

    /** Which link wins when a post is reached twice: a reply's place is its thread, then quotes, then retweets. */
    boolean outranks(Link other) {
        return rank() < other.rank();
    }

    private int rank() {
        return switch (this) {
            case REPLY -> 0;
            case QUOTE -> 1;
            case RETWEET -> 2;
            default -> 3;
        };
    }
}
