package org.metoodiffusion.view;

import java.util.Map;

/**
 * A score per node of a diffusion tree, for node sizes, the cap rule and the top accounts. Each
 * implementation is a Spring bean found by {@link #name()}; add one to offer a new measure.
 */
public interface NodeMeasure {

    /** The name requests use ({@code measure=descendants}). */
    String name();

    /** One line for the legend and the API documentation. */
    String description();

    /** One score per node of the tree, by node index. */
    double[] scores(DiffusionTree tree);

    /** Each node scored by its author's value in {@code byAccount} (0 for an author not in it, or none). */
    static double[] byAuthor(DiffusionTree tree, Map<String, ? extends Number> byAccount) {
        return tree.nodes().stream().mapToDouble(node -> {
            var value = node.accountId() == null ? null : byAccount.get(node.accountId());
            return value == null ? 0 : value.doubleValue();
        }).toArray();
    }
}
