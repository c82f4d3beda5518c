package org.metoodiffusion.view;

import org.metoodiffusion.trace.CascadeTree;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Descendants reached: the size of a node's subtree less itself, i.e. how many posts the cascade
 * holds below it. The default measure: computed in O(n) from the tree, needing nothing installed.
 */
@Component
@Order(1)
class DescendantsMeasure implements NodeMeasure {

    static final String NAME = "descendants";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "descendants reached (posts below it in the cascade)";
    }

    @Override
    public double[] scores(CascadeTree tree) {
        int[] sizes = tree.subtreeSizes();
        double[] scores = new double[sizes.length];
        for (int i = 0; i < sizes.length; i++) {
            scores[i] = sizes[i] - 1;
        }
        return scores;
    }
}
