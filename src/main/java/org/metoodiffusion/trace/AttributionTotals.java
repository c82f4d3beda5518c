package org.metoodiffusion.trace;

/**
 * How many accounts that took part descend from each named root.
 *
 * @param method       the reconstruction both cascades were built with
 * @param hashtag      the hashtag whose users count as taking part, besides the accounts of both cascades
 * @param participants accounts in Milano's cascade, Burke's cascade or the hashtag's
 * @param fromMilano   accounts in Milano's cascade (both included)
 * @param fromBurke    accounts in Burke's cascade (both included)
 * @param milanoOnly   in Milano's cascade only
 * @param burkeOnly    in Burke's cascade only
 * @param both         in both
 * @param neither      took part (used the hashtag) but descend from neither root
 */
public record AttributionTotals(String method, String hashtag, long participants, long fromMilano, long fromBurke,
        long milanoOnly, long burkeOnly, long both, long neither) {
}
