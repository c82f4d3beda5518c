package org.metoodiffusion.view.style;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The one style of every picture, read from {@code viz/web/style.json}: the web viewer fetches the
 * same file ({@code /style.json}), so renders, exports and the viewer cannot drift apart.
 *
 * @param groups      colour of each node group ({@code MILANO}, {@code branch-3} ...), {@code #RRGGBB}
 * @param groupLabels legend text of the groups that need more than their name
 * @param edges       drawing of each edge kind, in legend order ({@code REPLY}, {@code QUOTE}, {@code RETWEET},
 *                    {@code MENTIONS}, {@code CREDITS}, {@code TAGS})
 * @param band        legend text of a band (many like responses to one post, collapsed)
 * @param methods     colour of each reconstruction in charts ({@code PLATFORM}, {@code FOLLOWEE}, {@code INTERACTION})
 */
public record VizStyle(String about, Map<String, String> groups, Map<String, String> groupLabels,
        Map<String, EdgeStyle> edges, String band, Map<String, String> methods) {

    public static final String RESOURCE = "viz/web/style.json";
    private static final String FALLBACK = "#999999";
    private static final VizStyle INSTANCE = load();

    /**
     * @param dash    dash pattern in pixels, empty for a solid line
     * @param counted what a band of them is called after its count ({@code 551 replies})
     */
    public record EdgeStyle(String label, String colour, float[] dash, float width, String counted) {

        public BasicStroke stroke(float scale) {
            return dash.length == 0 ? new BasicStroke(width * scale, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                    : new BasicStroke(width * scale, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
        }
    }

    public static VizStyle get() {
        return INSTANCE;
    }

    /** The group's colour as {@code #RRGGBB}; grey for an unknown group. */
    public String hex(String group) {
        return groups.getOrDefault(group, FALLBACK);
    }

    public Color colour(String group) {
        return Color.decode(hex(group));
    }

    /** A reconstruction's colour in charts. */
    public Color methodColour(String method) {
        return Color.decode(methods.getOrDefault(method, FALLBACK));
    }

    /** The group's legend text: its label, else {@code branch 3} for {@code branch-3}, else its name. */
    public String groupLabel(String group) {
        return groupLabels.getOrDefault(group, group.replace('-', ' '));
    }

    /** The kind's drawing; unknown kinds as a thin grey line. */
    public EdgeStyle edge(String kind) {
        var name = kind.toLowerCase(java.util.Locale.ROOT);
        return edges.getOrDefault(kind, new EdgeStyle(name, FALLBACK, new float[0], 0.8f, name));
    }

    private static VizStyle load() {
        try (InputStream in = VizStyle.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            return new ObjectMapper().readValue(in, VizStyle.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
