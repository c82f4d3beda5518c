package org.metoodiffusion.view;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The author's follower count (0 when the data does not give it): audience, not influence shown. */
@Component
@Order(2)
class FollowersMeasure implements NodeMeasure {

    @Override
    public String name() {
        return "followers";
    }

    @Override
    public String description() {
        return "author's followers";
    }

    @Override
    public double[] scores(DiffusionTree tree) {
        return tree.nodes().stream().mapToDouble(TreeNode::followers).toArray();
    }
}
