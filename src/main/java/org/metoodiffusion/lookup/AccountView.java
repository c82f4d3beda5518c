package org.metoodiffusion.lookup;

import java.util.List;
import java.util.Map;

/**
 * An account as the API shows it.
 *
 * @param account     the account's properties
 * @param posts       posts it wrote in the graph
 * @param firstPostAt time of its first post (ISO-8601), or null
 * @param lastPostAt  time of its last post (ISO-8601), or null
 * @param mentionedBy posts mentioning it
 * @param origins     ids of the off-platform origins it carries (Burke's accounts)
 */
public record AccountView(Map<String, Object> account, long posts, String firstPostAt, String lastPostAt,
        long mentionedBy, List<String> origins) {
}
