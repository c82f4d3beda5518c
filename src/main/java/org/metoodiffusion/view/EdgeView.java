package org.metoodiffusion.view;

import java.time.Instant;

/**
 * A directed edge of a view, from the earlier post to the one that responded to it (the direction
 * the spread took).
 *
 * @param kind {@code REPLY}, {@code QUOTE}, {@code RETWEET}, {@code MENTION} or {@code SEED}
 * @param time when the target joined: the edge exists from then on
 */
public record EdgeView(String source, String target, String kind, Instant time) {
}
