package org.metoodiffusion.view;

import java.util.Locale;

/** File names for renders and exports: {@code metoo-milano.png}, {@code metoo-metoo-path-annapaquin.gexf}. */
public final class ViewFiles {

    private ViewFiles() {
    }

    public static String name(ViewResult view, String extension) {
        var root = view.root().replaceFirst("^[#@]", "").replaceFirst("^(origin|account|post):", "");
        var name = "metoo-" + root;
        if (!view.path().isEmpty()) {
            name += "-path-" + view.path().get(view.path().size() - 1).replaceFirst("^@", "");
        }
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "_") + "." + extension;
    }
}
