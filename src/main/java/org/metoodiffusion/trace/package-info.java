/**
 * Tracing the spread: cascades from a {@link org.metoodiffusion.trace.Root} (Milano's tweet, Burke's
 * origin, any post, account or hashtag), rebuilt by a {@link org.metoodiffusion.trace.Reconstruction},
 * their {@link org.metoodiffusion.trace.CascadeMetrics}, influence paths, attribution to the named
 * roots and adoption over time. Cypher files under {@code cypher/queries/trace/} stream the posts
 * level by level; the tree lives in Java in compact arrays ({@link org.metoodiffusion.trace.Cascade}),
 * where the algorithms run in linear time; its root's tree, which structural virality and the
 * views read, is a {@link org.metoodiffusion.trace.CascadeTree} over the same arrays. Account-level
 * data without posts (SNAP interactions) is traced at account level
 * ({@link org.metoodiffusion.trace.Level}): an account root's first activations
 * ({@link org.metoodiffusion.trace.EarliestActivation}) in the same model.
 * {@link org.metoodiffusion.trace.CascadeService} caches cascades until the next write.
 */
package org.metoodiffusion.trace;
