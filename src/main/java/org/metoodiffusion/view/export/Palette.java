package org.metoodiffusion.view.export;

import org.metoodiffusion.view.style.VizStyle;

/** The colours of {@link VizStyle}, for export formats that carry colours. */
final class Palette {

    private Palette() {
    }

    static String hex(String group) {
        return VizStyle.get().hex(group);
    }

    static int[] rgb(String group) {
        var colour = VizStyle.get().colour(group);
        return new int[] {colour.getRed(), colour.getGreen(), colour.getBlue()};
    }
}
