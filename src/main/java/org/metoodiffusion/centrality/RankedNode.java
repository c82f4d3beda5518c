package org.metoodiffusion.centrality;

/** A node (account, or post with its author's username) at its rank for a measure. */
public record RankedNode(long rank, String id, String username, double score) {
}
