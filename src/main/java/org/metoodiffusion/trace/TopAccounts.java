package org.metoodiffusion.trace;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The accounts a cascade's tree grew from most: ranked by descendants of their posts, then by
 * direct children. Subtree sizes come from one bottom-up pass over the breadth-first order, O(n + a log a).
 */
final class TopAccounts {

    private TopAccounts() {
    }

    static List<AccountReach> of(Cascade cascade, int limit) {
        int[] order = cascade.treeOrder();
        long[] subtree = new long[cascade.size()];
        long[] posts = new long[cascade.accountCount()];
        long[] children = new long[cascade.accountCount()];
        long[] descendants = new long[cascade.accountCount()];
        for (int k = order.length - 1; k >= 0; k--) {
            int node = order[k];
            subtree[node]++;
            int author = cascade.author(node);
            if (author >= 0 && !cascade.isVirtual(node)) {
                posts[author]++;
                descendants[author] += subtree[node] - 1;
            }
            if (k > 0) {
                int parent = cascade.parent(node);
                subtree[parent] += subtree[node];
                if (cascade.author(parent) >= 0 && !cascade.isVirtual(parent)) {
                    children[cascade.author(parent)]++;
                }
            }
        }
        return IntStream.range(0, cascade.accountCount()).filter(a -> posts[a] > 0).boxed()
                .sorted(Comparator.<Integer>comparingLong(a -> -descendants[a]).thenComparingLong(a -> -children[a])
                        .thenComparing(cascade::accountId))
                .limit(limit)
                .map(a -> new AccountReach(cascade.accountId(a), cascade.username(a), posts[a], children[a], descendants[a]))
                .toList();
    }
}
