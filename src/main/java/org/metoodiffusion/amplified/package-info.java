/**
 * The account interaction graph materialised as AMPLIFIED relationships, derived from the posts
 * and kept fresh against the embedded graph's version, for centrality's native projections.
 */
package org.metoodiffusion.amplified;
