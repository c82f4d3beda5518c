package org.metoodiffusion.view;

/** Where the views get their cascades from. */
public interface DiffusionTreeSource {

    /**
     * The diffusion tree of a root.
     *
     * @throws org.metoodiffusion.api.NotFoundException when the root is not in the graph
     */
    DiffusionTree tree(ViewRoot root);
}
