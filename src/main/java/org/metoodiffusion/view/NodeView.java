package org.metoodiffusion.view;

import java.time.Instant;

/**
 * One node of a view: a post (or the virtual start of an origin or hashtag) with its author.
 *
 * @param id        post id (or {@code origin:<id>}, {@code hashtag:<tag>} for a virtual root)
 * @param label     what to print beside it: the author's handle, or the root's name
 * @param kind      how it joined the cascade: {@code ROOT}, {@code REPLY}, {@code QUOTE}, {@code RETWEET},
 *                  {@code MENTION} (credits an origin by mentioning it), {@code SEED} (starts a branch)
 * @param accountId the author's account id, null for a virtual root
 * @param account   the author's handle, null when unknown
 * @param time      when it was posted
 * @param depth     hops from the root
 * @param score     the chosen measure's value
 * @param size      display size, 1 to 10, from the score
 * @param group     colour group: {@code MILANO}, {@code BURKE}, {@code BOTH}, {@code NEITHER}, or {@code branch-<k>}
 * @param x         horizontal position (time order), 0 to 1000
 * @param y         vertical position (subtree order), 0 to 1000
 */
public record NodeView(String id, String label, String kind, String accountId, String account, Instant time,
        int depth, double score, double size, String group, double x, double y) {
}
