package org.metoodiffusion.view.chart;

import java.util.Locale;

import org.metoodiffusion.trace.Root;

/** File names for charts: {@code metoo-adoption-milano.png}, {@code metoo-cascade-sizes-metoo.svg}. */
public final class ChartFiles {

    private ChartFiles() {
    }

    public static String name(String chart, Root root, String extension) {
        var key = root.toString().replaceFirst("^[#@]", "").replaceFirst("^(origin|account|post):", "");
        return ("metoo-" + chart + "-" + key).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "_") + "." + extension;
    }
}
