/**
 * Identifiers as the platforms write them: tweet ids are 64-bit and exceed 2^53, so they travel
 * as decimal strings end to end and never through a double.
 */
package org.metoodiffusion.id;
