package org.metoodiffusion.view.render;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.text.NumberFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.metoodiffusion.view.NodeView;
import org.metoodiffusion.view.ViewResult;
import org.metoodiffusion.view.style.VizStyle;

/**
 * Draws a view as an analyst reads a cascade, on any {@link Graphics2D} (an image for PNG, JFreeSVG
 * for SVG, so both are the same picture): time elapsed since the root on a logarithmic axis; the
 * reply and quote threads as a tidy tree, one row per post in depth-first order (children by
 * time), joined by elbows from the parent; a post's retweets, and its many replies or quotes that
 * drew no response of their own, collapsed into one band per kind on a row below it, from the first
 * to the last, as thick as there are of them (log scale) and counted;
 * labels for the root and the top accounts only, placed without overlap ({@link LabelPlacer}); a
 * legend of exactly what is drawn; the title and the cap rule. Influence paths label every hop with
 * its kind, its delay since the root and how many others it reached. O(n log n) for n nodes.
 */
final class CascadePicture {

    static final int WIDTH = 1600;
    static final int HEIGHT = 1000;
    private static final double LEFT = 40;
    private static final double PANEL = 330;
    private static final double TOP = 96;
    private static final double BOTTOM = 64;
    private static final double MAX_ROW = 36;
    /** Leaf replies (or quotes) of one post collapse into a band from this many on; retweets always do. */
    private static final int MIN_BAND = 8;
    /** Room right of the axis for a band's count. */
    private static final double COUNT_ROOM = 96;
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 22);
    private static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private static final Color INK = new Color(0x222222);
    private static final Color GRID = new Color(0xE6E6E6);

    /** What a picture shows, for tests and for whoever wants to check it without looking. */
    record Scene(List<LabelPlacer.Placed> labels, List<String> legend, Set<String> drawnGroups,
            Set<String> drawnKinds, int bands) {
    }

    /** Responses of one kind to one post, drawn as one band on a row of their own. */
    private record Band(int parent, String kind, List<Integer> members, double first, double last, String group) {
    }

    private final ViewResult view;
    private final VizStyle style = VizStyle.get();
    private final List<NodeView> nodes;
    private final int[] parent;
    private final String[] edgeKind;
    private final double[] elapsed;
    private final int[] layoutParent;
    private final double[] x;
    private final double[] y;
    private final boolean[] inBand;
    private final List<Band> bands = new ArrayList<>();
    private final Map<Band, Double> bandY = new HashMap<>();
    private double rowHeight;
    /** Whether the faded cascade behind a path has bands (for the legend: they are drawn, faded). */
    private boolean contextBands;
    private final Set<String> drawnGroups = new LinkedHashSet<>();
    private final Set<String> drawnKinds = new LinkedHashSet<>();
    private ElapsedAxis axis;

    private CascadePicture(ViewResult view) {
        this.view = view;
        this.nodes = view.graph().nodes();
        int n = nodes.size();
        var index = new HashMap<String, Integer>(n * 2);
        for (int i = 0; i < n; i++) {
            index.put(nodes.get(i).id(), i);
        }
        parent = new int[n];
        edgeKind = new String[n];
        Arrays.fill(parent, -1);
        for (var edge : view.graph().edges()) {
            Integer source = index.get(edge.source());
            Integer target = index.get(edge.target());
            if (source != null && target != null && !source.equals(target)) {
                parent[target] = source;
                edgeKind[target] = edge.kind();
            }
        }
        elapsed = elapsedSinceRoot(nodes);
        layoutParent = new int[n];
        for (int i = 0; i < n; i++) {
            int p = parent[i];
            // A reply to a retweet hangs, for the layout, on the retweeted post: retweets have no row.
            for (int hops = 0; p >= 0 && retweet(p) && hops < n; hops++) {
                p = parent[p];
            }
            layoutParent[i] = p;
        }
        x = new double[n];
        y = new double[n];
        inBand = new boolean[n];
    }

    /**
     * An influence path over a faded picture of its cascade: the hops sit where the cascade has
     * them, so the reader sees which branch the path took and how much else was going on.
     *
     * @param cascade the path's cascade (the same root, method and cap), or null for the path alone
     */
    static Scene draw(ViewResult path, ViewResult cascade, Graphics2D g) {
        return new CascadePicture(path).paint(g, cascade == null ? null : new CascadePicture(cascade));
    }

    private Scene paint(Graphics2D g, CascadePicture context) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        double plotRight = WIDTH - PANEL;
        var plot = new Rectangle2D.Double(LEFT, TOP, plotRight - LEFT, HEIGHT - TOP - BOTTOM);
        double longest = Arrays.stream(elapsed).max().orElse(0);
        if (context != null) {
            longest = Math.max(longest, Arrays.stream(context.elapsed).max().orElse(0));
        }
        axis = new ElapsedAxis(plot.x + 12, plot.width - 12 - COUNT_ROOM, longest * 1.02);
        collapse();
        layOut(plot);
        drawAxis(g, plot);
        if (context != null) {
            drawFaded(g, context, plot);
        }
        drawThreads(g);
        drawBands(g);
        drawNodes(g);
        var placer = new LabelPlacer(new Rectangle2D.Double(plot.x, plot.y - 4, plot.width + 8, plot.height + 8));
        drawLabels(g, placer);
        var legend = drawLegend(g, plotRight + 24, TOP);
        drawTitle(g);
        return new Scene(placer.placed(), legend, Set.copyOf(drawnGroups), Set.copyOf(drawnKinds), bands.size());
    }

    /** The cascade behind a path, faded; the path's hops move to the cascade's positions of their posts. */
    private void drawFaded(Graphics2D g, CascadePicture context, Rectangle2D plot) {
        context.axis = axis;
        context.collapse();
        context.layOut(plot);
        var saved = g.getComposite();
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.22f));
        context.drawThreads(g);
        context.drawBands(g);
        context.drawNodes(g);
        g.setComposite(saved);
        drawnGroups.addAll(context.drawnGroups);
        drawnKinds.addAll(context.drawnKinds);
        contextBands = !context.bands.isEmpty();
        var position = new HashMap<String, Integer>();
        for (int i = 0; i < context.nodes.size(); i++) {
            position.put(context.nodes.get(i).id(), i);
        }
        for (int i = 0; i < nodes.size(); i++) {
            Integer there = position.get(nodes.get(i).id());
            if (there != null) {
                y[i] = context.y[there];
            } else if (layoutParent[i] >= 0) {
                y[i] = y[layoutParent[i]];
            }
        }
    }

    private boolean retweet(int i) {
        return "RETWEET".equals(nodes.get(i).kind());
    }

    private boolean isPath() {
        return view.path() != null && !view.path().isEmpty();
    }

    private static double[] elapsedSinceRoot(List<NodeView> nodes) {
        Instant start = nodes.stream().filter(n -> "ROOT".equals(n.kind())).map(NodeView::time).findFirst()
                .orElse(nodes.stream().map(NodeView::time).filter(t -> t != null).min(Comparator.naturalOrder())
                        .orElse(Instant.EPOCH));
        var elapsed = new double[nodes.size()];
        for (int i = 0; i < elapsed.length; i++) {
            var time = nodes.get(i).time();
            elapsed[i] = time == null ? 0 : Math.max(0, (time.toEpochMilli() - start.toEpochMilli()) / 1000.0);
        }
        return elapsed;
    }

    /**
     * Which nodes go into bands: every retweet (a retweet is a leaf: the platform has no retweet of
     * a retweet), and the replies or quotes of a post that drew no response of their own, when a
     * post has {@value #MIN_BAND} or more of one kind. A path shows every hop as it is.
     */
    private void collapse() {
        if (isPath()) {
            return;
        }
        int n = nodes.size();
        var hasChildren = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (layoutParent[i] >= 0) {
                hasChildren[layoutParent[i]] = true;
            }
        }
        var groups = new LinkedHashMap<String, List<Integer>>();
        for (int i = 0; i < n; i++) {
            int p = layoutParent[i];
            if (p >= 0 && (retweet(i) || !hasChildren[i])) {
                groups.computeIfAbsent(p + " " + kindOf(i), k -> new ArrayList<>()).add(i);
            }
        }
        groups.forEach((key, members) -> {
            var kind = key.substring(key.indexOf(' ') + 1);
            if (kind.equals("RETWEET") || members.size() >= MIN_BAND) {
                members.sort(Comparator.comparingDouble(i -> elapsed[i]));
                var count = new HashMap<String, Integer>();
                members.forEach(i -> count.merge(nodes.get(i).group(), 1, Integer::sum));
                var group = count.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
                bands.add(new Band(layoutParent[members.get(0)], kind, members, elapsed[members.get(0)],
                        elapsed[members.get(members.size() - 1)], group));
                members.forEach(i -> inBand[i] = true);
            }
        });
    }

    /** How node i joined: a retweet, or the kind of the edge into it. */
    private String kindOf(int i) {
        return retweet(i) ? "RETWEET" : edgeKind[i] == null ? "REPLY" : edgeKind[i];
    }

    /**
     * Rows in depth-first order over the posts not in bands (children by time), each post's bands
     * on the rows right below it; x from the elapsed time.
     */
    private void layOut(Rectangle2D plot) {
        int n = nodes.size();
        var children = new ArrayList<List<Integer>>(n);
        var bandsOf = new ArrayList<List<Band>>(n);
        for (int i = 0; i < n; i++) {
            children.add(new ArrayList<>());
            bandsOf.add(new ArrayList<>());
        }
        bands.forEach(band -> bandsOf.get(band.parent()).add(band));
        var roots = new ArrayList<Integer>();
        for (int i = 0; i < n; i++) {
            if (inBand[i]) {
                continue;
            }
            if (layoutParent[i] >= 0) {
                children.get(layoutParent[i]).add(i);
            } else {
                roots.add(i);
            }
        }
        Comparator<Integer> byTime = Comparator.comparingDouble(i -> elapsed[i]);
        children.forEach(list -> list.sort(byTime));
        roots.sort(byTime);
        var row = new int[n];
        Arrays.fill(row, -1);
        var bandRow = new HashMap<Band, Integer>();
        int rows = 0;
        var stack = new ArrayList<Integer>();
        for (int r = roots.size() - 1; r >= 0; r--) {
            stack.add(roots.get(r));
        }
        while (!stack.isEmpty()) {
            int node = stack.remove(stack.size() - 1);
            if (row[node] >= 0) {
                continue;
            }
            row[node] = rows++;
            for (var band : bandsOf.get(node)) {
                bandRow.put(band, rows++);
            }
            var kids = children.get(node);
            for (int k = kids.size() - 1; k >= 0; k--) {
                stack.add(kids.get(k));
            }
        }
        rowHeight = Math.min(MAX_ROW, plot.getHeight() / Math.max(1, rows));
        double top = plot.getY() + (plot.getHeight() - rowHeight * rows) / 2;
        bandRow.forEach((band, r) -> bandY.put(band, top + rowHeight * (r + 0.5)));
        for (int i = 0; i < n; i++) {
            x[i] = axis.x(elapsed[i]);
            y[i] = top + rowHeight * (Math.max(0, row[i]) + 0.5);
        }
        for (var band : bands) {
            band.members().forEach(i -> y[i] = bandY.get(band));
        }
    }

    private void drawAxis(Graphics2D g, Rectangle2D plot) {
        g.setFont(SMALL);
        var metrics = g.getFontMetrics();
        double base = plot.getMaxY() + 8;
        for (var tick : axis.ticks(56)) {
            g.setColor(GRID);
            g.setStroke(new BasicStroke(1f));
            g.draw(new Line2D.Double(tick.x(), plot.getY(), tick.x(), base));
            g.setColor(INK);
            g.drawString(tick.label(), (float) (tick.x() - metrics.stringWidth(tick.label()) / 2.0),
                    (float) (base + 16));
        }
        g.setFont(LABEL);
        var title = "time since the root (logarithmic)";
        g.drawString(title, (float) (plot.getCenterX() - g.getFontMetrics().stringWidth(title) / 2.0), (float) (base + 38));
    }

    private void drawThreads(Graphics2D g) {
        var fanOut = new int[nodes.size()];
        for (int i = 0; i < nodes.size(); i++) {
            if (!inBand[i] && layoutParent[i] >= 0) {
                fanOut[layoutParent[i]]++;
            }
        }
        for (int i = 0; i < nodes.size(); i++) {
            int p = layoutParent[i];
            if (inBand[i] || p < 0) {
                continue;
            }
            // A post answered by hundreds would fill the picture with its waiting lines: they fade
            // with the fan-out, the positions of the posts still draw the curve of the spread.
            if (isPath()) {
                g.setStroke(new BasicStroke(2.4f));
                pathElbow(g, kindOf(i), p, i);
            } else {
                elbow(g, kindOf(i), p, x[i], y[i], Math.max(0.12, Math.min(1, 5 / Math.sqrt(fanOut[p]))));
            }
        }
    }

    /** The edge from post p to (toX, toY): down at p's time, then along the row, in the kind's style. */
    private void elbow(Graphics2D g, String kind, int p, double toX, double toY, double opacity) {
        var edge = style.edge(kind);
        var colour = Color.decode(edge.colour());
        g.setColor(new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), (int) Math.round(255 * opacity)));
        g.setStroke(edge.stroke(1f));
        var elbow = new Path2D.Double();
        elbow.moveTo(x[p], y[p]);
        elbow.lineTo(x[p], toY);
        elbow.lineTo(toX, toY);
        g.draw(elbow);
        drawnKinds.add(kind);
    }

    /** A hop of a path: its kind's colour and dash, thick, over the faded cascade. */
    private void pathElbow(Graphics2D g, String kind, int p, int i) {
        var edge = style.edge(kind);
        g.setColor(Color.decode(edge.colour()));
        g.setStroke(edge.stroke(2.6f));
        var elbow = new Path2D.Double();
        elbow.moveTo(x[p], y[p]);
        elbow.lineTo(x[p], y[i]);
        elbow.lineTo(x[i], y[i]);
        g.draw(elbow);
        drawnKinds.add(kind);
    }

    private void drawBands(Graphics2D g) {
        for (var band : bands) {
            double from = axis.x(band.first());
            double to = Math.max(axis.x(band.last()), from + 3);
            int size = band.members().size();
            double thickness = Math.min(Math.max(3, 3 * rowHeight), Math.min(16, 2.5 + 2.2 * Math.log(size) / Math.log(2)));
            double row = bandY.get(band);
            elbow(g, band.kind(), band.parent(), from, row, 1);
            var colour = style.colour(band.group());
            g.setColor(new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 140));
            g.fill(new RoundRectangle2D.Double(from, row - thickness / 2, to - from, thickness, thickness, thickness));
            drawnGroups.add(band.group());
        }
    }

    /** A band's count, as a label beside its end: placed like the others, so it never covers one. */
    private Label countOf(Band band) {
        return new Label(NumberFormat.getIntegerInstance(Locale.ENGLISH).format(band.members().size()) + " "
                + style.edge(band.kind()).counted(),
                Math.max(axis.x(band.last()), axis.x(band.first()) + 3), bandY.get(band), 2);
    }

    private void drawNodes(Graphics2D g) {
        for (int i = 0; i < nodes.size(); i++) {
            if (inBand[i]) {
                continue;
            }
            var node = nodes.get(i);
            double r = radius(i);
            g.setColor(style.colour(node.group()));
            g.fill(new Ellipse2D.Double(x[i] - r, y[i] - r, 2 * r, 2 * r));
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(0.6f));
            g.draw(new Ellipse2D.Double(x[i] - r, y[i] - r, 2 * r, 2 * r));
            drawnGroups.add(node.group());
        }
    }

    private double radius(int i) {
        return "ROOT".equals(nodes.get(i).kind()) ? 9 : 1.8 + 0.7 * nodes.get(i).size();
    }

    private void drawLabels(Graphics2D g, LabelPlacer placer) {
        g.setFont(LABEL);
        var metrics = g.getFontMetrics();
        for (var label : labels()) {
            var placed = placer.place(label.text(), label.x(), label.y(), label.radius(),
                    metrics.stringWidth(label.text()) + 6, metrics.getHeight() + 2);
            if (placed == null) {
                continue;
            }
            var box = placed.box();
            if (placed.leader()) {
                g.setColor(new Color(0x888888));
                g.setStroke(new BasicStroke(0.7f));
                g.draw(new Line2D.Double(label.x(), label.y(), nearestX(box, label.x()), nearestY(box, label.y())));
            }
            g.setColor(new Color(255, 255, 255, 215));
            g.fill(new RoundRectangle2D.Double(box.getX(), box.getY(), box.getWidth(), box.getHeight(), 6, 6));
            g.setColor(INK);
            g.drawString(label.text(), (float) (box.getX() + 3), (float) (box.getY() + metrics.getAscent() + 1));
        }
    }

    private record Label(String text, double x, double y, double radius) {
    }

    /** The root, then the top accounts (on a path: every hop, with its kind, delay and reach). */
    private List<Label> labels() {
        var labels = new ArrayList<Label>();
        if (isPath()) {
            for (int i = 0; i < nodes.size(); i++) {
                var node = nodes.get(i);
                var kind = layoutParent[i] < 0 ? "root" : style.edge(kindOf(i)).label();
                var text = node.label() + (i == 0 ? "" : " · " + kind + " · " + ElapsedAxis.elapsed(elapsed[i]))
                        + ("descendants".equals(view.measure()) && node.score() > 0
                                ? " · reached " + NumberFormat.getIntegerInstance(Locale.ENGLISH).format((long) node.score())
                                : "");
                labels.add(new Label(text, x[i], y[i], radius(i)));
            }
            return labels;
        }
        for (int i = 0; i < nodes.size(); i++) {
            if ("ROOT".equals(nodes.get(i).kind())) {
                labels.add(new Label(view.rootLabel(), x[i], y[i], radius(i)));
            }
        }
        var seen = new LinkedHashSet<String>();
        for (var top : view.topAccounts()) {
            int best = -1;
            for (int i = 0; i < nodes.size(); i++) {
                if (top.accountId() != null && top.accountId().equals(nodes.get(i).accountId())
                        && !"ROOT".equals(nodes.get(i).kind()) && (best < 0 || nodes.get(i).score() > nodes.get(best).score())) {
                    best = i;
                }
            }
            if (best >= 0 && seen.add(top.accountId())) {
                var text = top.username() == null ? top.accountId() : "@" + top.username();
                labels.add(new Label(text, x[best], y[best], inBand[best] ? 4 : radius(best)));
            }
        }
        bands.stream().filter(band -> band.members().size() >= 5)
                .sorted(Comparator.comparingInt((Band band) -> band.members().size()).reversed())
                .forEach(band -> labels.add(countOf(band)));
        return labels;
    }

    private static double nearestX(Rectangle2D box, double x) {
        return Math.max(box.getMinX(), Math.min(x, box.getMaxX()));
    }

    private static double nearestY(Rectangle2D box, double y) {
        return Math.max(box.getMinY(), Math.min(y, box.getMaxY()));
    }

    /** Only what is drawn: node colours, edge kinds, the bands, what size means. */
    private List<String> drawLegend(Graphics2D g, double left, double top) {
        var entries = new ArrayList<String>();
        g.setFont(LABEL);
        var metrics = g.getFontMetrics();
        double line = metrics.getHeight() + 6;
        double yy = top;
        yy = heading(g, "colour: " + colourMeaning(), left, yy, line);
        for (var group : style.groups().keySet()) {
            if (drawnGroups.contains(group)) {
                g.setColor(style.colour(group));
                g.fill(new Ellipse2D.Double(left, yy - 10, 10, 10));
                g.setColor(INK);
                g.drawString(style.groupLabel(group), (float) (left + 18), (float) yy);
                entries.add("group:" + group);
                yy += line;
            }
        }
        yy = heading(g, "how a post joined", left, yy + line / 2, line);
        for (var kind : style.edges().keySet()) {
            if (drawnKinds.contains(kind)) {
                var edge = style.edge(kind);
                g.setColor(Color.decode(edge.colour()));
                g.setStroke(edge.stroke(1.6f));
                g.draw(new Line2D.Double(left, yy - 5, left + 26, yy - 5));
                g.setColor(INK);
                g.drawString(edge.label(), (float) (left + 34), (float) yy);
                entries.add("edge:" + kind);
                yy += line;
            }
        }
        if (!bands.isEmpty() || contextBands) {
            g.setColor(new Color(0xAAAAAA));
            g.fill(new RoundRectangle2D.Double(left, yy - 11, 26, 8, 8, 8));
            g.setColor(INK);
            yy = drawWrapped(g, style.band(), left + 34, yy, PANEL - 70, line);
            entries.add("band");
        }
        g.setFont(SMALL);
        g.drawString("node size: " + view.measure(), (float) left, (float) (yy + line / 2));
        entries.add("size:" + view.measure());
        return entries;
    }

    private static double heading(Graphics2D g, String text, double left, double y, double line) {
        g.setColor(INK);
        g.setFont(LABEL.deriveFont(Font.BOLD));
        g.drawString(text, (float) left, (float) y);
        g.setFont(LABEL);
        return y + line;
    }

    private static double drawWrapped(Graphics2D g, String text, double left, double y, double width, double line) {
        var metrics = g.getFontMetrics();
        var current = new StringBuilder();
        for (var word : text.split(" ")) {
            if (current.length() > 0 && metrics.stringWidth(current + " " + word) > width) {
                g.drawString(current.toString(), (float) left, (float) y);
                y += line - 4;
                current.setLength(0);
            }
            current.append(current.length() == 0 ? "" : " ").append(word);
        }
        g.drawString(current.toString(), (float) left, (float) y);
        return y + line;
    }

    private String colourMeaning() {
        return switch (view.colour()) {
            case "branch" -> "the root's largest branches";
            case "community" -> "the authors' communities";
            default -> "which root it descends from";
        };
    }

    private void drawTitle(Graphics2D g) {
        g.setColor(INK);
        g.setFont(TITLE);
        var title = isPath() ? "Influence path: " + String.join(" → ", view.path()) : "Cascade of " + view.rootLabel();
        g.drawString(title, (float) LEFT, 38f);
        g.setFont(SUBTITLE);
        var count = NumberFormat.getIntegerInstance(Locale.ENGLISH);
        var subtitle = "root " + view.root() + " · " + view.method() + " reconstruction · "
                + (view.shownNodes() < view.totalNodes() ? count.format(view.shownNodes()) + " of " : "")
                + count.format(view.totalNodes()) + " posts";
        g.drawString(subtitle, (float) LEFT, 62f);
        if (view.capRule() != null) {
            g.setColor(new Color(0x555555));
            g.drawString(view.capRule(), (float) LEFT, 82f);
        }
    }
}
