package org.metoodiffusion.view.chart;

import java.util.List;

import org.metoodiffusion.trace.Reconstruction;

/**
 * The cascade sizes under one or more reconstructions that agree on them.
 *
 * @param methods the reconstructions giving these sizes, in declaration order
 * @param sizes   one size per seed post, ascending (see {@link org.metoodiffusion.trace.CascadeSizes})
 * @param largest the largest size, 0 when there is no cascade
 * @param ccdf    the curve drawn: (s, P(size &ge; s))
 */
public record SizeDistribution(List<Reconstruction> methods, int[] sizes, int largest, Curve ccdf) {

    public SizeDistribution {
        methods = List.copyOf(methods);
    }

    /** The first method, whose colour and marker the series takes. */
    public Reconstruction method() {
        return methods.get(0);
    }
}
