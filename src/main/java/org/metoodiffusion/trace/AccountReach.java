package org.metoodiffusion.trace;

/**
 * How much of a cascade came after an account's posts.
 *
 * @param account     account id
 * @param username    handle, if known
 * @param posts       its posts in the root's tree (at account level 1: its activation)
 * @param children    posts that joined the cascade directly from one of its posts
 * @param descendants posts below its posts in the tree (nested posts of the same account count once each)
 */
public record AccountReach(String account, String username, long posts, long children, long descendants) {
}
