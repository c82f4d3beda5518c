package org.metoodiffusion.trace;

import java.time.Instant;

/**
 * One hop of an influence path: {@code to} took the post on from {@code from}.
 *
 * @param fromPost     the earlier post (null for a virtual root and at account level)
 * @param fromAccount  its author, if known
 * @param fromUsername the author's handle, if known
 * @param toPost       the later post (null at account level)
 * @param toAccount    its author, if known
 * @param toUsername   the author's handle, if known
 * @param kind         how the later post joins the earlier one
 * @param basis        recorded by the platform or inferred (and by which rule)
 * @param time         when the later post was made, or null when unknown
 */
public record Hop(String fromPost, String fromAccount, String fromUsername, String toPost, String toAccount,
        String toUsername, Link kind, Basis basis, Instant time) {
}
