package org.metoodiffusion.view.export;

import java.util.Map;

/** The colours of the render stylesheet ({@code viz/render/cascade.css}), for formats that carry colours. */
final class Palette {

    private static final Map<String, String> HEX = Map.ofEntries(Map.entry("MILANO", "D55E00"),
            Map.entry("BURKE", "0072B2"), Map.entry("BOTH", "CC79A7"), Map.entry("NEITHER", "999999"),
            Map.entry("root", "000000"), Map.entry("branch-1", "E69F00"), Map.entry("branch-2", "56B4E9"),
            Map.entry("branch-3", "009E73"), Map.entry("branch-4", "F0E442"), Map.entry("branch-5", "0072B2"),
            Map.entry("branch-6", "D55E00"), Map.entry("branch-7", "CC79A7"), Map.entry("branch-8", "7F3C8D"),
            Map.entry("branch-other", "BBBBBB"), Map.entry("community-1", "E69F00"), Map.entry("community-2", "56B4E9"),
            Map.entry("community-3", "009E73"), Map.entry("community-4", "F0E442"), Map.entry("community-5", "0072B2"),
            Map.entry("community-6", "D55E00"), Map.entry("community-7", "CC79A7"), Map.entry("community-8", "7F3C8D"),
            Map.entry("community-other", "BBBBBB"), Map.entry("community-none", "EEEEEE"));

    private Palette() {
    }

    static String hex(String group) {
        return "#" + HEX.getOrDefault(group, "999999");
    }

    static int[] rgb(String group) {
        int value = Integer.parseInt(HEX.getOrDefault(group, "999999"), 16);
        return new int[] {value >> 16 & 0xFF, value >> 8 & 0xFF, value & 0xFF};
    }
}
