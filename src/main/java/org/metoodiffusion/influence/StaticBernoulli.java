package org.metoodiffusion.influence;

/**
 * The static Bernoulli estimate of an Independent Cascade model's edge probabilities from an action
 * log: Goyal, Bonchi &amp; Lakshmanan, "Learning Influence Probabilities in Social Networks", WSDM
 * 2010, section 4: {@code p(v, u) = A_v2u / A_v}, with A_v the number of actions v performed and
 * A_v2u the number of those that propagated from v to u (u performed it after v, through the edge).
 * It is the maximum-likelihood estimate of a Bernoulli trial per action of v, each one a chance for
 * v to make u act, independent of time (the paper's "static" models; its Jaccard and discrete-time
 * variants are not done here).
 *
 * <p>How actions are counted on our graph ({@code cypher/queries/influence/propagations.cypher}):
 * an action of v is a post v wrote ({@code POSTED}), or at account level (SNAP data, no posts) an
 * {@code INTERACTED} record with v as the actor. An action of v propagated to u when u answered it:
 * a post of u replies to, quotes or retweets it (each post of v counts once however often u
 * answered it), or mentions v without answering one of v's posts, or an {@code INTERACTED} record
 * says u retweeted, replied to or mentioned v. The answer comes after what it answers by
 * construction, so the paper's "u acted after v" holds. A_v is raised to v's largest A_v2u when the
 * data holds fewer actions of v than were answered (SNAP records the answers, not the originals):
 * such an edge gets probability 1. Pairs that never interacted get no edge (probability 0, as in the
 * paper). Self-responses are left out. O(m) for m responding pairs once the counts are read.
 */
public final class StaticBernoulli {

    private StaticBernoulli() {
    }

    /**
     * One responding pair's counts.
     *
     * @param influencer account v
     * @param username   v's username, or null
     * @param responder  account u
     * @param propagated A_v2u, at least 1
     * @param actions    A_v, at least {@code propagated}
     */
    public record Counts(String influencer, String username, String responder, long propagated, long actions) {

        public Counts {
            if (propagated < 1 || actions < propagated) {
                throw new IllegalArgumentException("need 1 <= propagated <= actions, were " + propagated + " and " + actions);
            }
        }
    }

    /** {@code A_v2u / A_v}. */
    public static double probability(Counts counts) {
        return (double) counts.propagated() / counts.actions();
    }

    /** The fitted model: one edge v -> u per responding pair. */
    public static InfluenceGraph fit(Iterable<Counts> pairs) {
        var builder = new InfluenceGraph.Builder();
        for (Counts counts : pairs) {
            builder.node(counts.influencer(), counts.username());
            builder.edge(counts.influencer(), counts.responder(), probability(counts));
        }
        return builder.build();
    }
}
