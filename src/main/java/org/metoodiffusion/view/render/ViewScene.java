package org.metoodiffusion.view.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.graphstream.graph.Graph;
import org.graphstream.graph.implementations.MultiGraph;
import org.metoodiffusion.view.NodeView;
import org.metoodiffusion.view.ViewResult;
import org.springframework.core.io.ClassPathResource;

/**
 * A view as a GraphStream graph ready to render: nodes at the view's positions (x for time, left to
 * right), sizes in six classes from the measure, colours by group, edges by kind, labels on the
 * root and the top accounts (on every node of a path), a title, the cap rule when one was applied,
 * a time axis, and a legend of colours and edge kinds drawn as nodes and edges at the right.
 */
final class ViewScene {

    static final String STYLESHEET = "viz/render/cascade.css";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    /** The image is wider than tall: x positions (0..1000) are stretched by this much. */
    private static final double X_STRETCH = 1.6;
    private static final double LEGEND_X = 1000 * X_STRETCH + 120;
    private static final List<String[]> EDGE_LEGEND = List.of(new String[] {"reply", "reply"},
            new String[] {"quote", "quote"}, new String[] {"retweet", "retweet"},
            new String[] {"mentions", "mention (credits an origin)"}, new String[] {"credits", "credits an origin"},
            new String[] {"tags", "carries the hashtag"});

    private final ViewResult view;
    private final double ySign;
    private final Set<String> labelled = new LinkedHashSet<>();

    /** @param yDown whether the sink draws y downwards (SVG) rather than upwards (the PNG renderer) */
    private ViewScene(ViewResult view, boolean yDown) {
        this.view = view;
        this.ySign = yDown ? 1 : -1;
    }

    static Graph of(ViewResult view, boolean yDown) {
        return new ViewScene(view, yDown).build();
    }

    /** Ids of the nodes that carry a label, for sinks that drop labels. */
    static Set<String> labelledIds(Graph graph) {
        var ids = new HashSet<String>();
        graph.nodes().filter(n -> n.hasAttribute("ui.label")).forEach(n -> ids.add(n.getId()));
        return ids;
    }

    private Graph build() {
        var graph = new MultiGraph("view", false, true);
        graph.setAttribute("ui.stylesheet", stylesheet());
        graph.setAttribute("ui.quality");
        graph.setAttribute("ui.antialias");
        chooseLabels();
        for (var node : view.graph().nodes()) {
            var n = graph.addNode(node.id());
            n.setAttribute("xyz", X_STRETCH * node.x(), ySign * node.y(), 0);
            n.setAttribute("ui.class", groupClass(node) + ", " + sizeClass(node));
            if (labelled.contains(node.id())) {
                n.setAttribute("ui.label", node.label());
            }
        }
        boolean path = !view.path().isEmpty();
        for (var edge : view.graph().edges()) {
            if (graph.getNode(edge.source()) != null && graph.getNode(edge.target()) != null) {
                var e = graph.addEdge(edge.source() + ">" + edge.target(), edge.source(), edge.target(), true);
                e.setAttribute("ui.class", edge.kind().toLowerCase(Locale.ROOT) + (path ? ", path" : ""));
            }
        }
        captions(graph);
        legend(graph);
        return graph;
    }

    private void chooseLabels() {
        var nodes = view.graph().nodes();
        if (!view.path().isEmpty() || nodes.size() <= 12) {
            nodes.forEach(n -> labelled.add(n.id()));
            return;
        }
        nodes.stream().filter(n -> n.depth() == 0).forEach(n -> labelled.add(n.id()));
        for (var top : view.topAccounts()) {
            nodes.stream().filter(n -> top.accountId().equals(n.accountId()))
                    .max((a, b) -> Double.compare(a.score(), b.score())).ifPresent(n -> labelled.add(n.id()));
        }
    }

    private void captions(Graph graph) {
        var what = view.path().isEmpty() ? "Cascade of " + view.rootLabel()
                : "Influence path from " + view.rootLabel() + " to " + view.path().get(view.path().size() - 1);
        text(graph, "caption-title", "caption", what, 0, -110);
        text(graph, "caption-how", "note", String.format(Locale.ENGLISH,
                "%,d of %,d nodes - size: %s - colour: %s - retweets: %s - time runs left to right",
                view.shownNodes(), view.totalNodes(), view.measure(), view.colour(),
                view.method()), 0, -85);
        if (view.capRule() != null) {
            text(graph, "caption-cap", "note", view.capRule(), 0, -62);
        }
        var nodes = view.graph().nodes();
        if (!nodes.isEmpty()) {
            text(graph, "axis-start", "note", DAY.format(nodes.get(0).time()), 0, 1040);
            text(graph, "axis-end", "note", DAY.format(nodes.get(nodes.size() - 1).time()) + "  (time ->)",
                    1000 * X_STRETCH - 250, 1040);
        }
    }

    private void legend(Graph graph) {
        double y = 0;
        text(graph, "legend-colours", "caption", "colour", LEGEND_X, y);
        var groups = new LinkedHashSet<String>();
        view.graph().nodes().forEach(n -> groups.add(n.group()));
        for (var group : groups.stream().sorted().toList()) {
            y += 28;
            var n = graph.addNode("legend-group-" + group);
            n.setAttribute("xyz", LEGEND_X, ySign * y, 0);
            n.setAttribute("ui.class", "legend, s3, " + cssClass(group));
            n.setAttribute("ui.label", group.toLowerCase(Locale.ROOT));
        }
        y += 45;
        text(graph, "legend-edges", "caption", "edge", LEGEND_X, y);
        for (var kind : EDGE_LEGEND) {
            y += 28;
            var from = graph.addNode("legend-edge-from-" + kind[0]);
            from.setAttribute("xyz", LEGEND_X, ySign * y, 0);
            from.setAttribute("ui.class", "legendanchor");
            var to = graph.addNode("legend-edge-to-" + kind[0]);
            to.setAttribute("xyz", LEGEND_X + 60, ySign * y, 0);
            to.setAttribute("ui.class", "legend, s1");
            to.setAttribute("ui.label", kind[1]);
            graph.addEdge("legend-edge-" + kind[0], from, to, true).setAttribute("ui.class", kind[0]);
        }
        y += 45;
        text(graph, "legend-size", "caption", "size: " + view.measure(), LEGEND_X, y);
        // Labels do not count in GraphStream's bounds: an empty node makes room for the legend's text.
        var margin = graph.addNode("legend-margin");
        margin.setAttribute("xyz", LEGEND_X + 330, 0, 0);
        margin.setAttribute("ui.class", "legendanchor");
    }

    private void text(Graph graph, String id, String style, String text, double x, double y) {
        var n = graph.addNode(id);
        n.setAttribute("xyz", x, ySign * y, 0);
        n.setAttribute("ui.class", style);
        n.setAttribute("ui.label", text);
    }

    private static String groupClass(NodeView node) {
        return cssClass(node.group());
    }

    /** GraphStream's stylesheet parser takes no '-' before a digit in a class name: {@code branch-1} is {@code branch1}. */
    private static String cssClass(String group) {
        return group.toLowerCase(Locale.ROOT).replace("-", "");
    }

    /** Display size 1..10 into six classes. */
    private static String sizeClass(NodeView node) {
        int bucket = (int) Math.min(6, Math.max(1, Math.round((node.size() - 1) / 9 * 5) + 1));
        return "s" + bucket;
    }

    private static String stylesheet() {
        try (var in = new ClassPathResource(STYLESHEET).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("render stylesheet " + STYLESHEET + " missing", e);
        }
    }
}
