package org.metoodiffusion.view;

import java.util.Map;
import java.util.stream.IntStream;

import org.metoodiffusion.trace.CascadeTree;

/**
 * A score per node of a cascade tree, for node sizes, the cap rule and the top accounts. Each
 * implementation is a Spring bean found by {@link #name()}; add one to offer a new measure.
 */
public interface NodeMeasure {

    /** The name requests use ({@code measure=descendants}). */
    String name();

    /** One line for the legend and the API documentation. */
    String description();

    /** One score per node of the tree, by node index. */
    double[] scores(CascadeTree tree);

    /** Each node scored by its author's value in {@code byAccount} (0 for an author not in it, or none). */
    static double[] byAuthor(CascadeTree tree, Map<String, ? extends Number> byAccount) {
        return IntStream.range(0, tree.size()).mapToDouble(i -> {
            var value = tree.accountId(i) == null ? null : byAccount.get(tree.accountId(i));
            return value == null ? 0 : value.doubleValue();
        }).toArray();
    }
}
