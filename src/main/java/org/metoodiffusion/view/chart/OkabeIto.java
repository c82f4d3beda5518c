package org.metoodiffusion.view.chart;

import java.awt.Color;

/**
 * The Okabe-Ito palette (Okabe &amp; Ito, "Color Universal Design", 2008): eight colours that stay
 * distinguishable with the common colour-vision deficiencies, plus the neutral grey the renders use.
 * The charts take every colour from here; the graph renders use the same hex values in
 * {@code viz/render/cascade.css}.
 */
public final class OkabeIto {

    public static final Color BLACK = new Color(0x000000);
    public static final Color ORANGE = new Color(0xE69F00);
    public static final Color SKY_BLUE = new Color(0x56B4E9);
    public static final Color BLUISH_GREEN = new Color(0x009E73);
    public static final Color YELLOW = new Color(0xF0E442);
    public static final Color BLUE = new Color(0x0072B2);
    public static final Color VERMILION = new Color(0xD55E00);
    public static final Color REDDISH_PURPLE = new Color(0xCC79A7);
    /** Not one of the eight: the renders' "neither", a neutral grey that recedes behind the named roots. */
    public static final Color GREY = new Color(0x999999);

    private OkabeIto() {
    }
}
