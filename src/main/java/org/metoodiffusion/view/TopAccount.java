package org.metoodiffusion.view;

/**
 * An account among the most important of a view.
 *
 * @param accountId the account id
 * @param username  its handle (null when unknown)
 * @param score     the chosen measure's best value over the account's posts in the cascade
 * @param posts     how many of its posts the cascade holds
 */
public record TopAccount(String accountId, String username, double score, int posts) {
}
