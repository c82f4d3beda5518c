package org.metoodiffusion.influence;

/**
 * The runs of one seed set, kept as the measures {@link ModelService} compares: size, depth,
 * structural virality and the new accounts per step of each run. O(runs x depth) memory.
 */
final class Simulations {

    private final double[] sizes;
    private final double[] depths;
    private final double[] virality;
    private final int[][] newByStep;

    private Simulations(int runs) {
        sizes = new double[runs];
        depths = new double[runs];
        virality = new double[runs];
        newByStep = new int[runs][];
    }

    static Simulations run(IndependentCascade model, int[] seeds, int runs) {
        var simulations = new Simulations(runs);
        for (int r = 0; r < runs; r++) {
            var run = model.run(seeds, r);
            simulations.sizes[r] = run.size();
            simulations.depths[r] = run.depth();
            simulations.virality[r] = run.structuralVirality();
            simulations.newByStep[r] = run.newByStep();
        }
        return simulations;
    }

    double[] sizes() {
        return sizes;
    }

    double[] depths() {
        return depths;
    }

    double[] virality() {
        return virality;
    }

    int maxDepth() {
        int max = 0;
        for (double depth : depths) {
            max = Math.max(max, (int) depth);
        }
        return max;
    }

    /** Share of runs of at most this size. */
    double shareAtMost(int size) {
        int count = 0;
        for (double s : sizes) {
            count += s <= size ? 1 : 0;
        }
        return (double) count / sizes.length;
    }

    /** Accounts active by step t in each run. */
    double[] activeBy(int step) {
        double[] active = new double[newByStep.length];
        for (int r = 0; r < newByStep.length; r++) {
            int[] counts = newByStep[r];
            for (int t = 0; t <= Math.min(step, counts.length - 1); t++) {
                active[r] += counts[t];
            }
        }
        return active;
    }
}
