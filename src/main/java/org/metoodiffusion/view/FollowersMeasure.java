package org.metoodiffusion.view;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.metoodiffusion.cypher.QueryLibrary;
import org.springframework.core.annotation.Order;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** The author's follower count (0 when the data does not give it): audience, not influence shown. */
@Component
@Order(2)
class FollowersMeasure implements NodeMeasure {

    private final Neo4jClient neo4j;
    private final QueryLibrary queries;

    FollowersMeasure(Neo4jClient neo4j, QueryLibrary queries) {
        this.neo4j = neo4j;
        this.queries = queries;
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
    public double[] scores(DiffusionTree tree) {
        var ids = tree.nodes().stream().map(TreeNode::accountId).filter(Objects::nonNull).distinct().toList();
        Map<String, Long> followers = new HashMap<>();
        neo4j.query(queries.get(ViewQuery.ACCOUNT_FOLLOWERS)).bind(ids).to("ids")
                .fetchAs(Followers.class)
                .mappedBy((types, row) -> new Followers(row.get("id").asString(), row.get("followers").asLong()))
                .all().forEach(f -> followers.put(f.id(), f.count()));
        return NodeMeasure.byAuthor(tree, followers);
    }

    private record Followers(String id, long count) {
    }
}
