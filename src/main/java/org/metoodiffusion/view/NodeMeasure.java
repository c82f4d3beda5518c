package org.metoodiffusion.view;

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
}
