package org.metoodiffusion.view;

import java.time.Instant;

/**
 * One node of a diffusion tree as the views need it.
 *
 * @param id        post id, or the virtual root's id
 * @param accountId author's account id (null for a virtual root or an unknown author)
 * @param username  author's handle (null when unknown)
 * @param time      when it was posted
 * @param parent    index of the node it responded to, -1 for the root (index 0)
 * @param kind      how it joined: {@code ROOT}, {@code REPLY}, {@code QUOTE}, {@code RETWEET}, {@code MENTION}, {@code SEED}
 * @param depth     hops from the root
 */
public record TreeNode(String id, String accountId, String username, Instant time, int parent,
        String kind, int depth) {
}
