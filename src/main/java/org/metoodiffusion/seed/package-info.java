/**
 * The first dataset: the #MeToo seed story of {@code importer/seed/metoo-seed-story.json}
 * (Milano's tweet, the replies and posts the seed articles quote, Burke's 2006 origin), loaded
 * into an empty database at first start.
 */
package org.metoodiffusion.seed;
