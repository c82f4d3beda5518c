package org.metoodiffusion.centrality;

/** A community: its id (as GDS numbered it in this computation), size, and share of the projected nodes. */
public record CommunityView(long communityId, int size, double share) {
}
