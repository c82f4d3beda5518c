package org.metoodiffusion.trace;

import java.util.Locale;
import java.util.regex.Pattern;

import org.metoodiffusion.api.BadRequestException;
import org.metoodiffusion.id.Ids;

/**
 * Where a cascade starts: a post, or a virtual root standing for an off-platform origin, an account
 * or a hashtag, whose children are the posts that start the spread on the platform.
 *
 * <p>Written as {@code milano} (Alyssa Milano's tweet of 15 Oct 2017), {@code burke} (Tarana Burke's
 * 2006 campaign), a post id, {@code post:<id>}, {@code origin:<id>}, {@code account:<id>},
 * {@code @handle}, {@code hashtag:<tag>} or {@code #tag}.
 *
 * @param kind what the root is
 * @param key  the post id, origin id, account id (or lower-case handle, see {@link #handle()}) or
 *             lower-case tag
 */
public record Root(Kind kind, String key) {

    public static final String MILANO_POST_ID = "919659438700670976";
    public static final String BURKE_ORIGIN_ID = "burke-2006";
    public static final Root MILANO = new Root(Kind.POST, MILANO_POST_ID);
    public static final Root BURKE = new Root(Kind.ORIGIN, BURKE_ORIGIN_ID);

    private static final Pattern TAG = Pattern.compile("\\p{L}[\\p{L}\\p{N}_]{0,138}|[\\p{N}_]+\\p{L}[\\p{L}\\p{N}_]*");
    private static final Pattern ORIGIN_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    public enum Kind { POST, ORIGIN, ACCOUNT, HASHTAG }

    public Root {
        if (kind == null || key == null || key.isBlank()) {
            throw new IllegalArgumentException("a root needs a kind and a key");
        }
    }

    /** Parses the forms listed above; anything else is an {@link BadRequestException} naming them. */
    public static Root parse(String text) {
        String value = text == null ? "" : text.strip();
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.equals("milano")) {
            return MILANO;
        }
        if (lower.equals("burke")) {
            return BURKE;
        }
        if (lower.startsWith("post:")) {
            return new Root(Kind.POST, Ids.requirePostId(value.substring(5)));
        }
        if (lower.startsWith("origin:") && ORIGIN_ID.matcher(lower.substring(7)).matches()) {
            return new Root(Kind.ORIGIN, lower.substring(7));
        }
        if (lower.startsWith("account:")) {
            return new Root(Kind.ACCOUNT, Ids.requireAccountId(value.substring(8)));
        }
        if (lower.startsWith("@")) {
            return new Root(Kind.ACCOUNT, Ids.requireAccountId(lower));
        }
        String tag = lower.startsWith("hashtag:") ? lower.substring(8) : lower.startsWith("#") ? lower.substring(1) : null;
        if (tag != null && TAG.matcher(tag).matches()) {
            return new Root(Kind.HASHTAG, tag);
        }
        if (!value.isEmpty() && Character.isDigit(value.charAt(0))) {
            return new Root(Kind.POST, Ids.requirePostId(value));
        }
        throw new BadRequestException("Unknown root '" + value + "': use milano, burke, a post id, post:<id>, "
                + "origin:<id>, account:<id>, @handle, hashtag:<tag> or #tag.");
    }

    /** For an account root given by handle: the handle without '@'; otherwise null. */
    public String handle() {
        return kind == Kind.ACCOUNT && key.startsWith("@") ? key.substring(1) : null;
    }

    /** The canonical written form, which {@link #parse} reads back. */
    @Override
    public String toString() {
        return switch (kind) {
            case POST -> key.equals(MILANO_POST_ID) ? "milano" : key;
            case ORIGIN -> key.equals(BURKE_ORIGIN_ID) ? "burke" : "origin:" + key;
            case ACCOUNT -> key.startsWith("@") ? key : "account:" + key;
            case HASHTAG -> "#" + key;
        };
    }
}
