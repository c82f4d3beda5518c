package org.metoodiffusion.view.chart;

import java.util.Locale;

import org.metoodiffusion.api.BadRequestException;

/** The value axis of the adoption chart: linear, or logarithmic (early growth and late plateau both readable). */
public enum ChartScale {
    LINEAR, LOG;

    public static ChartScale parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new BadRequestException("Unknown scale '" + text + "': use linear or log.");
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
