package org.metoodiffusion.centrality;

/** A bridge between two nodes (accounts, or posts with their author's username). */
public record BridgeView(String fromId, String fromUsername, String toId, String toUsername) {
}
