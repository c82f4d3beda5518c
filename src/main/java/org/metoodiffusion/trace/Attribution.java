package org.metoodiffusion.trace;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.metoodiffusion.api.NotFoundException;
import org.metoodiffusion.cypher.Cypher;
import org.springframework.stereotype.Service;

/**
 * Attribution of participants to the two named roots: an account descends from Milano if it is in
 * the tree of her tweet's cascade, from Burke if it is in the tree of her origin's cascade (posts by
 * her accounts, crediting her or mentioning her, and everything that replied to, quoted or retweeted
 * those), under the chosen reconstruction. Participants are the accounts of either tree and of the
 * hashtag's cascade; an account in neither tree is attributed to neither. The first path is the
 * influence path to the account's earliest post in each tree.
 */
@Service
public class Attribution {

    public static final String DEFAULT_HASHTAG = "metoo";

    private final CascadeService cascades;
    private final Cypher cypher;

    Attribution(CascadeService cascades, Cypher cypher) {
        this.cascades = cascades;
        this.cypher = cypher;
    }

    public AttributionTotals totals(Reconstruction method, String hashtag) {
        Map<String, AttributionCategory> categories = categories(method, hashtag);
        Map<AttributionCategory, Long> counts = new HashMap<>();
        categories.values().forEach(category -> counts.merge(category, 1L, Long::sum));
        long milano = counts.getOrDefault(AttributionCategory.MILANO, 0L);
        long burke = counts.getOrDefault(AttributionCategory.BURKE, 0L);
        long both = counts.getOrDefault(AttributionCategory.BOTH, 0L);
        return new AttributionTotals(method.label(), hashtag, categories.size(), milano + both, burke + both, milano,
                burke, both, counts.getOrDefault(AttributionCategory.NEITHER, 0L));
    }

    /**
     * @param account an account id, {@code account:<id>} or {@code @handle} (any case)
     * @throws NotFoundException when the graph has no such account, as for its cascade
     */
    public AccountAttribution of(String account, Reconstruction method) {
        String target = account.startsWith("@") || account.startsWith("account:") ? account : "account:" + account;
        requireKnown(Root.parse(target));
        InfluencePath milano = pathOrNone(Root.MILANO, target, method);
        InfluencePath burke = pathOrNone(Root.BURKE, target, method);
        return new AccountAttribution(account, AttributionCategory.of(milano.reachable(), burke.reachable()), milano, burke);
    }

    /** Account id to category, for every participant. */
    public Map<String, AttributionCategory> categories(Reconstruction method, String hashtag) {
        Map<String, boolean[]> roots = new HashMap<>();
        mark(roots, treeOrNull(Root.MILANO, method), 0);
        mark(roots, treeOrNull(Root.BURKE, method), 1);
        mark(roots, treeOrNull(new Root(Root.Kind.HASHTAG, hashtag), Reconstruction.PLATFORM), -1);
        Map<String, AttributionCategory> categories = new HashMap<>(roots.size() * 2);
        roots.forEach((id, in) -> categories.put(id, AttributionCategory.of(in[0], in[1])));
        return categories;
    }

    private void requireKnown(Root account) {
        if (cypher.first(TraceQuery.ROOT_ACCOUNT, CascadeExtractor.accountParameters(account), row -> true).isEmpty()) {
            throw new NotFoundException("No account " + account.key() + " in the graph.");
        }
    }

    private InfluencePath pathOrNone(Root root, String target, Reconstruction method) {
        Cascade cascade = treeOrNull(root, method);
        return cascade == null
                ? new InfluencePath(root.toString(), method.label(), Level.POST.label(), target, false, List.of(), null,
                        "Not reachable: the root " + root + " is not in the graph.")
                : InfluencePaths.to(cascade, target);
    }

    private Cascade treeOrNull(Root root, Reconstruction method) {
        try {
            return cascades.cascade(root, method);
        } catch (NotFoundException absent) {
            return null;
        }
    }

    private static void mark(Map<String, boolean[]> roots, Cascade cascade, int root) {
        if (cascade == null) {
            return;
        }
        for (int node : cascade.treeOrder()) {
            int author = cascade.author(node);
            if (author >= 0) {
                boolean[] in = roots.computeIfAbsent(cascade.accountId(author), id -> new boolean[2]);
                if (root >= 0) {
                    in[root] = true;
                }
            }
        }
    }
}
