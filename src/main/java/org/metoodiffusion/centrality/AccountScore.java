package org.metoodiffusion.centrality;

/**
 * One account's score for a measure.
 *
 * @param id       account id (decimal string, or '@handle' for a provisional account)
 * @param username handle, if known
 * @param score    the measure's value
 */
public record AccountScore(String id, String username, double score) {
}
