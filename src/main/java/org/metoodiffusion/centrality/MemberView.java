package org.metoodiffusion.centrality;

/** A member of a community (an account, or a post with its author's username). */
public record MemberView(String id, String username) {
}
