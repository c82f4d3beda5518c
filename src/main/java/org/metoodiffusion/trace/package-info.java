/**
 * Tracing the spread: cascades from a root (Milano's tweet, Burke's origin, any post), their
 * metrics and the influence paths within them. Algorithms work on {@link
 * org.metoodiffusion.trace.CascadeTree}, a rooted tree in compact arrays, built from the edges a
 * Cypher file streams.
 */
package org.metoodiffusion.trace;
