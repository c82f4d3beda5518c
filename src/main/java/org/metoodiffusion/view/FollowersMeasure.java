package org.metoodiffusion.view;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.metoodiffusion.cypher.Cypher;
import org.metoodiffusion.trace.CascadeTree;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The author's follower count (0 when the data does not give it): audience, not influence shown. */
@Component
@Order(2)
class FollowersMeasure implements NodeMeasure {

    private final Cypher cypher;

    FollowersMeasure(Cypher cypher) {
        this.cypher = cypher;
    }

    @Override
    public String name() {
        return "followers";
    }

    @Override
    public String description() {
        return "author's followers";
    }

    @Override
    public double[] scores(CascadeTree tree) {
        var ids = List.copyOf(tree.accountIds());
        Map<String, Long> followers = new HashMap<>();
        cypher.read(ViewQuery.ACCOUNT_FOLLOWERS, Map.of("ids", ids),
                row -> followers.put(row.string("id"), row.number("followers")));
        return NodeMeasure.byAuthor(tree, followers);
    }
}
