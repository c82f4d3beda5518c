package org.metoodiffusion.influence;

/**
 * The runs of one seed set, kept as the measures {@link ModelService} compares: size, depth,
 * structural virality and the accounts active by each step of each run. O(runs x depth) memory.
 */
final class Simulations {

    private final double[] sizes;
    private final double[] depths;
    private final double[] virality;
    /** Per run, accounts active by step 0, 1, ..., its depth. */
    private final int[][] cumulative;

    private Simulations(int runs) {
        sizes = new double[runs];
        depths = new double[runs];
        virality = new double[runs];
        cumulative = new int[runs][];
    }

    static Simulations run(IndependentCascade model, int[] seeds, int runs) {
        var simulations = new Simulations(runs);
        for (int r = 0; r < runs; r++) {
            var run = model.run(seeds, r);
            simulations.sizes[r] = run.size();
            simulations.depths[r] = run.depth();
            simulations.virality[r] = run.structuralVirality();
            int[] active = run.newByStep().clone();
            for (int t = 1; t < active.length; t++) {
                active[t] += active[t - 1];
            }
            simulations.cumulative[r] = active;
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
        double[] active = new double[cumulative.length];
        for (int r = 0; r < cumulative.length; r++) {
            active[r] = cumulative[r][Math.min(step, cumulative[r].length - 1)];
        }
        return active;
    }
}
