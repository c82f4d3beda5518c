package org.metoodiffusion.generate;

import java.time.Duration;

/**
 * When the posts of a campaign happen: a cumulative share of all posts by hours after the root,
 * piecewise linear between calibration points, sampled by its inverse.
 *
 * <p>Calibrated on the reported figures of #MeToo (seed articles; Time, 2017; Pew Research Center,
 * 2018): about 200,000 posts by 3 a.m. ET the night after Milano's tweet (about 11 h), about
 * 300,000 in the first day, more than 1.7 million by the end of November 2017 (45 days), more than
 * 19 million within a year. At 19 million posts this shape gives those numbers; a smaller campaign
 * keeps the same proportions. Within the first hour the rate rises from zero (the call had to
 * travel), then decays: the burst of the first night, and a long tail.
 */
final class CampaignShape {

    /** Hours after the root, and the share of all posts published by then. */
    private static final double[][] POINTS = {
        {0, 0},
        {1, 10_000 / 19e6},
        {3, 60_000 / 19e6},
        {11, 200_000 / 19e6},
        {24, 300_000 / 19e6},
        {24 * 7, 900_000 / 19e6},
        {24 * 45, 1_700_000 / 19e6},
        {24 * 365, 1},
    };

    private CampaignShape() {
    }

    /** The time after the root by which a share {@code u} (0..1) of all posts were published. */
    static Duration at(double u) {
        for (int i = 1; i < POINTS.length; i++) {
            if (u <= POINTS[i][1]) {
                double span = POINTS[i][1] - POINTS[i - 1][1];
                double hours = POINTS[i - 1][0] + (POINTS[i][0] - POINTS[i - 1][0]) * (u - POINTS[i - 1][1]) / span;
                return Duration.ofMillis(Math.round(hours * 3_600_000));
            }
        }
        return Duration.ofHours((long) POINTS[POINTS.length - 1][0]);
    }
}
