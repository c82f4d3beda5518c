package org.metoodiffusion.trace;

import java.time.Instant;

/**
 * An account's first post in a cascade.
 *
 * @param account  account id
 * @param username handle, if known
 * @param post     its first post in the cascade
 * @param time     when, or null when unknown
 */
public record Adopter(String account, String username, String post, Instant time) {
}
