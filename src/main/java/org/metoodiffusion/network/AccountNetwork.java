package org.metoodiffusion.network;

import java.util.Map;
import java.util.function.Consumer;

import org.metoodiffusion.cypher.Cypher;
import org.springframework.stereotype.Service;

/**
 * The account interaction network, streamed row by row from {@code cypher/queries/network/}:
 * Cypher aggregates the pairs ({@code count(*)}), so memory holds the distinct edges once, inside
 * the database, and never a collected list or a built string.
 *
 * <p>The rule is DocNow's twarc-network (https://github.com/DocNow/twarc-network,
 * {@code twarc_network/__init__.py}, {@code get_graph} with {@code --nodes users}): for each tweet
 * of the input's {@code data} (what we call collected), author to the author of each referenced
 * tweet that has one (deleted ones have none; kinds retweet, reply, quote), and author to each
 * account in the tweet's own {@code entities.mentions}, minus the first when the tweet is a retweet
 * and that mention starts at offset 3 ({@code is_first_mention_a_retweet}; our importers drop the
 * mention the "RT @x" prefix names, which is the same one). Where this differs from it:
 * <ul>
 * <li>one edge per (source, target, kind), not one per pair with a count per kind: a retweet and a
 * mention of the same account stay two edges;</li>
 * <li>nodes are accounts keyed by id (twarc-network keys them by username, which changes);</li>
 * <li>a post counts once however often it appears in the input (twarc-network counts each line);</li>
 * <li>account-level INTERACTED records (SNAP) are edges too, in both scopes;</li>
 * <li>scope {@code all} also counts posts known only by reference, which twarc-network never sees.</li>
 * </ul>
 * DocNow's older {@code utils/network.py} (twarc 1) built reply and quote edges, retweets only on
 * request, and labelled every mention "reply": not the convention followed here.
 */
@Service
public class AccountNetwork {

    private final Cypher cypher;

    AccountNetwork(Cypher cypher) {
        this.cypher = cypher;
    }

    /** Each account at an end of an edge of the scope, once, in no particular order. */
    public void nodes(NetworkScope scope, Consumer<NetworkNode> consumer) {
        cypher.read(NetworkQuery.NODES, parameters(scope), row -> consumer.accept(new NetworkNode(row.string("id"),
                row.string("label"), row.string("name"), row.number("followers"), row.isTrue("provisional"),
                row.number("posts"), row.number("postsCollected"))));
    }

    /** Each (source, target, kind) of the scope with its weight, in no particular order. */
    public void edges(NetworkScope scope, Consumer<NetworkEdge> consumer) {
        cypher.read(NetworkQuery.EDGES, parameters(scope), row -> consumer.accept(new NetworkEdge(row.string("source"),
                row.string("target"), row.string("kind"), row.number("weight"))));
    }

    /** The network of a scope, for the writers. */
    public NetworkRows of(NetworkScope scope) {
        return new NetworkRows() {
            @Override
            public void nodes(Consumer<NetworkNode> consumer) {
                AccountNetwork.this.nodes(scope, consumer);
            }

            @Override
            public void edges(Consumer<NetworkEdge> consumer) {
                AccountNetwork.this.edges(scope, consumer);
            }
        };
    }

    private static Map<String, Object> parameters(NetworkScope scope) {
        return Map.of("scope", scope.parameter());
    }
}
