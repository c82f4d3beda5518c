package org.metoodiffusion.centrality;

/**
 * What write mode stored: the measure's value as property {@code writeProperty} on
 * {@code nodesWritten} nodes (label {@code label}). Writing commits a transaction, so cached
 * results are recomputed on their next request.
 */
public record WriteSummary(ComputationView computation, String label, String writeProperty, long nodesWritten) {
}
