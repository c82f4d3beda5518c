/**
 * The account interaction network as the field builds it (DocNow's twarc-network, Gephi users):
 * accounts as nodes, one directed edge per (source, target, kind) weighted by its count, from the
 * collected posts or from every post, plus account-level INTERACTED records. {@link
 * org.metoodiffusion.network.AccountNetwork} streams it from Cypher's aggregation; the writers put
 * it out as Gephi's CSV tables, GEXF 1.3 or GraphML, row by row, for the CLI ({@code export
 * network}) and {@code GET /api/network}. See {@code docs/network.md}.
 */
package org.metoodiffusion.network;
