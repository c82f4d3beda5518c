package org.metoodiffusion.network;

/**
 * An account of the network.
 *
 * @param id             the account key: platform id as a decimal string, or {@code @handle} when provisional
 * @param label          username as written, else the id
 * @param name           display name, or null
 * @param followers      follower count at collection time, or null
 * @param provisional    known only by handle
 * @param posts          its posts in the graph, collected or referenced
 * @param postsCollected those of its posts that were collected
 */
public record NetworkNode(String id, String label, String name, Long followers, boolean provisional, long posts,
        long postsCollected) {
}
