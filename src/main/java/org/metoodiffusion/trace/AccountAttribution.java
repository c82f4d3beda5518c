package org.metoodiffusion.trace;

/**
 * One account's attribution to the named roots, with its first path from each.
 *
 * @param account     the account asked for
 * @param category    milano, burke, both or neither
 * @param fromMilano  the path from Milano's tweet to the account's first post in her cascade
 * @param fromBurke   the path from Burke's origin to the account's first post in hers
 */
public record AccountAttribution(String account, AttributionCategory category, InfluencePath fromMilano,
        InfluencePath fromBurke) {
}
