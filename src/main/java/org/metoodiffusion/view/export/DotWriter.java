package org.metoodiffusion.view.export;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

import org.metoodiffusion.view.GraphView;

/**
 * Graphviz DOT: a {@code digraph} laid out left to right ({@code rankdir=LR}), nodes with label,
 * colour and the view's positions ({@code pos}, in points, for {@code neato -n}), edges styled by
 * kind. Every id and value is a quoted string.
 */
final class DotWriter {

    private DotWriter() {
    }

    static void write(GraphView graph, String title, Writer out) throws IOException {
        out.write("digraph " + quote(title) + " {\n");
        out.write("  rankdir=LR;\n  node [shape=circle, style=filled, fontsize=9, label=\"\"];\n");
        for (var node : graph.nodes()) {
            out.write(String.format(Locale.ROOT,
                    "  %s [xlabel=%s, fillcolor=%s, width=%.2f, kind=%s, account=%s, time=%s, score=%s, group=%s, "
                            + "pos=\"%.1f,%.1f\"];%n",
                    quote(node.id()), quote(node.label()), quote(Palette.hex(node.group())), 0.05 + node.size() / 40,
                    quote(node.kind()), quote(node.account() == null ? "" : node.account()),
                    quote(node.time().toString()), quote(Double.toString(node.score())), quote(node.group()),
                    node.x(), -node.y()));
        }
        for (var edge : graph.edges()) {
            out.write(String.format(Locale.ROOT, "  %s -> %s [kind=%s, time=%s, style=%s];%n", quote(edge.source()),
                    quote(edge.target()), quote(edge.kind()), quote(edge.time().toString()), style(edge.kind())));
        }
        out.write("}\n");
        out.flush();
    }

    private static String style(String kind) {
        return switch (kind) {
            case "RETWEET" -> "dashed";
            case "MENTIONS" -> "dotted";
            case "CREDITS" -> "bold";
            default -> "solid";
        };
    }

    static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
