package org.metoodiffusion.view;

import java.util.Locale;

import org.metoodiffusion.id.Ids;

/**
 * Where a view starts: a post ({@code milano} or a tweet id), an off-platform origin ({@code burke}
 * or {@code origin:<id>}) or a hashtag ({@code #metoo} or {@code hashtag:metoo}).
 *
 * @param kind  {@code POST}, {@code ORIGIN} or {@code HASHTAG}
 * @param value the post id, origin id or lower-case tag
 */
public record ViewRoot(Kind kind, String value) {

    /** Milano's "me too" tweet of 15 Oct 2017. */
    public static final String MILANO_POST = "919659438700670976";
    /** Tarana Burke's 2006 campaign, off the platform. */
    public static final String BURKE_ORIGIN = "burke-2006";

    public enum Kind { POST, ORIGIN, HASHTAG }

    public static ViewRoot parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("root is required: milano, burke, a post id, origin:<id> or #tag");
        }
        var root = text.strip();
        var lower = root.toLowerCase(Locale.ROOT);
        if (lower.equals("milano")) {
            return new ViewRoot(Kind.POST, MILANO_POST);
        }
        if (lower.equals("burke")) {
            return new ViewRoot(Kind.ORIGIN, BURKE_ORIGIN);
        }
        if (lower.startsWith("origin:") && lower.length() > 7) {
            return new ViewRoot(Kind.ORIGIN, root.substring(7));
        }
        if (lower.startsWith("#") || lower.startsWith("hashtag:")) {
            var tag = lower.substring(lower.startsWith("#") ? 1 : 8);
            if (!tag.matches("[\\p{L}\\p{N}_]+")) {
                throw new IllegalArgumentException("not a hashtag: '" + text + "'");
            }
            return new ViewRoot(Kind.HASHTAG, tag);
        }
        return new ViewRoot(Kind.POST, Ids.requirePostId(root));
    }

    /** The id of the view's root node: the post id, or a virtual node's id. */
    public String nodeId() {
        return switch (kind) {
            case POST -> value;
            case ORIGIN -> "origin:" + value;
            case HASHTAG -> "hashtag:" + value;
        };
    }

    /** A short name for file names: {@code milano}, {@code burke}, {@code metoo}, or the post id. */
    public String slug() {
        if (kind == Kind.POST && value.equals(MILANO_POST)) {
            return "milano";
        }
        if (kind == Kind.ORIGIN && value.equals(BURKE_ORIGIN)) {
            return "burke";
        }
        return value.replaceAll("[^A-Za-z0-9_-]", "_");
    }
}
