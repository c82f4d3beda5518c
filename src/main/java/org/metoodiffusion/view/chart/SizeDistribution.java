package org.metoodiffusion.view.chart;

import org.metoodiffusion.trace.Reconstruction;

/**
 * The cascade sizes under one reconstruction.
 *
 * @param method      the reconstruction
 * @param sizes       one size per seed post (see {@link org.metoodiffusion.trace.CascadeSizes})
 * @param largest     the largest size, 0 when there is no cascade
 * @param unconnected posts the reconstruction left out of every tree (interaction: retweets it could not attach)
 * @param ccdf        the curve drawn: (s, P(size &ge; s))
 */
public record SizeDistribution(Reconstruction method, int[] sizes, int largest, long unconnected, Curve ccdf) {
}
