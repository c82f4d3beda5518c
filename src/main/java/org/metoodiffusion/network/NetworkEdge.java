package org.metoodiffusion.network;

/**
 * One directed (source, target, kind) of the network with its count.
 *
 * @param source account key of the one who retweeted, replied, quoted or mentioned
 * @param target account key of the one retweeted, replied to, quoted or mentioned
 * @param kind   {@code retweet}, {@code reply}, {@code quote} or {@code mention}
 * @param weight how many posts (or INTERACTED records) make the edge
 */
public record NetworkEdge(String source, String target, String kind, long weight) {
}
