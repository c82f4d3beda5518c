package org.metoodiffusion.view.render;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Greedy label placement without overlap: each label, most important first, takes the first free
 * spot among candidates around its anchor (right, left, above, below, then the diagonals, at
 * growing distances); a label placed away from its anchor gets a leader line. A label with no free
 * spot inside the area is dropped rather than drawn over another (Christensen, Marks &amp; Shieber,
 * "An empirical study of algorithms for point-feature label placement", ACM TOG 14(3), 1995, call
 * this the greedy baseline). O(k² c) for k labels and c candidates.
 */
final class LabelPlacer {

    /** @param leader whether a line should join the label to its anchor */
    record Placed(String text, Rectangle2D box, double anchorX, double anchorY, boolean leader) {
    }

    private static final double[][] DIRECTIONS = {{1, 0}, {-1, 0}, {0, -1}, {0, 1}, {1, -1}, {-1, -1}, {1, 1}, {-1, 1}};
    private static final double[] DISTANCES = {4, 14, 30, 52, 80};

    private final Rectangle2D area;
    private final List<Rectangle2D> obstacles = new ArrayList<>();
    private final List<Placed> placed = new ArrayList<>();

    LabelPlacer(Rectangle2D area) {
        this.area = area;
    }

    /** Space no label may cover (the legend, the title). */
    void avoid(Rectangle2D obstacle) {
        obstacles.add(obstacle);
    }

    /**
     * Places a {@code width} x {@code height} label near the anchor, clear of {@code radius} around it.
     *
     * @return the placement, or null when no candidate is free
     */
    Placed place(String text, double anchorX, double anchorY, double radius, double width, double height) {
        for (double distance : DISTANCES) {
            for (double[] d : DIRECTIONS) {
                double gap = radius + distance;
                double x = d[0] > 0 ? anchorX + gap : d[0] < 0 ? anchorX - gap - width : anchorX - width / 2;
                double y = d[1] > 0 ? anchorY + gap : d[1] < 0 ? anchorY - gap - height : anchorY - height / 2;
                var box = new Rectangle2D.Double(x, y, width, height);
                if (area.contains(box) && free(box)) {
                    var label = new Placed(text, box, anchorX, anchorY, distance > DISTANCES[0]);
                    placed.add(label);
                    return label;
                }
            }
        }
        return null;
    }

    List<Placed> placed() {
        return List.copyOf(placed);
    }

    private boolean free(Rectangle2D box) {
        var padded = new Rectangle2D.Double(box.getX() - 2, box.getY() - 1, box.getWidth() + 4, box.getHeight() + 2);
        return placed.stream().noneMatch(other -> other.box().intersects(padded))
                && obstacles.stream().noneMatch(other -> other.intersects(padded));
    }
}
