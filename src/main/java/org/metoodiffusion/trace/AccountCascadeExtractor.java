package org.metoodiffusion.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.metoodiffusion.api.NotFoundException;
import org.metoodiffusion.cypher.Cypher;
import org.springframework.stereotype.Component;

/**
 * Extracts an account root's activation cascade at {@link Level#ACCOUNT} level. Reads, breadth-first
 * from the root ({@code trace/interactions-into}, in chunks), every interaction into an account that
 * some chain of interactions reaches, whatever its time; then {@link EarliestActivation} keeps each
 * account's first activation. Reading all of them (not only the time-respecting ones) is what makes
 * the sweep exact: a later-found chain may reach an account earlier. O(n + m log m) for n accounts
 * and m interactions read.
 */
@Component
class AccountCascadeExtractor {

    private static final int CHUNK = 20_000;

    private final Cypher cypher;

    AccountCascadeExtractor(Cypher cypher) {
        this.cypher = cypher;
    }

    Cascade extract(Root root) {
        RootAccount rootAccount = rootAccount(root);
        Map<String, Integer> index = new HashMap<>();
        List<String> ids = new ArrayList<>();
        List<String> usernames = new ArrayList<>();
        index.put(rootAccount.id(), 0);
        ids.add(rootAccount.id());
        usernames.add(rootAccount.username());
        var interactions = new TimedInteractions();
        List<String> frontier = List.of(rootAccount.id());
        while (!frontier.isEmpty()) {
            List<String> next = new ArrayList<>();
            for (int from = 0; from < frontier.size(); from += CHUNK) {
                var chunk = frontier.subList(from, Math.min(frontier.size(), from + CHUNK));
                cypher.read(TraceQuery.INTERACTIONS_INTO, Map.of("ids", chunk), row -> {
                    String source = row.string("source");
                    Integer known = index.get(source);
                    if (known == null) {
                        known = ids.size();
                        index.put(source, known);
                        ids.add(source);
                        usernames.add(row.string("username"));
                        next.add(source);
                    }
                    interactions.add(known, index.get(row.string("target")), Link.ofInteraction(row.string("kind")),
                            row.number("at"));
                });
            }
            frontier = next;
        }
        var tree = EarliestActivation.of(interactions, ids.toArray(String[]::new), 0);
        return cascade(root, rootAccount, tree, ids, usernames);
    }

    /** Node i is the tree's i-th account, and account i of the cascade: only activated accounts are kept. */
    private static Cascade cascade(Root root, RootAccount rootAccount, EarliestActivation.Tree tree, List<String> ids,
            List<String> usernames) {
        int n = tree.accounts().length;
        String[] accountIds = new String[n];
        String[] names = new String[n];
        int[] authors = new int[n];
        for (int i = 0; i < n; i++) {
            accountIds[i] = ids.get(tree.accounts()[i]);
            names[i] = usernames.get(tree.accounts()[i]);
            authors[i] = i;
        }
        Basis[] bases = new Basis[n];
        Arrays.fill(bases, Basis.FIRST_ACTIVATION);
        bases[0] = Basis.RECORDED;
        return new Cascade(root, Level.ACCOUNT, rootAccount.label(), Reconstruction.PLATFORM, new String[n], Map.of(),
                authors, accountIds, names, tree.times(), tree.links(), tree.parents(), bases);
    }

    private RootAccount rootAccount(Root root) {
        var parameters = new HashMap<String, Object>();
        parameters.put("id", root.handle() == null ? root.key() : null);
        parameters.put("handle", root.handle());
        List<RootAccount> found = new ArrayList<>(1);
        cypher.read(TraceQuery.ROOT_ACCOUNT, parameters, row -> {
            if (found.isEmpty()) {
                found.add(new RootAccount(row.string("id"), row.string("username")));
            }
        });
        return found.stream().findFirst().orElseThrow(() -> new NotFoundException("No account " + root.key() + " in the graph."));
    }

    /** The resolved root account. */
    private record RootAccount(String id, String username) {

        String label() {
            return username == null ? "account " + id : "@" + username;
        }
    }
}
