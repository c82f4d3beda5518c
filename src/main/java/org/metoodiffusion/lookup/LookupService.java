package org.metoodiffusion.lookup;

import java.util.Map;

import org.metoodiffusion.api.NotFoundException;
import org.metoodiffusion.cypher.QueryLibrary;
import org.metoodiffusion.id.AccountKey;
import org.metoodiffusion.id.Ids;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/** Posts and accounts by id; ids are validated before any query runs. */
@Service
public class LookupService {

    private final Neo4jClient neo4j;
    private final QueryLibrary queries;

    public LookupService(Neo4jClient neo4j, QueryLibrary queries) {
        this.neo4j = neo4j;
        this.queries = queries;
    }

    public PostView post(String id) {
        return neo4j.query(queries.get(LookupQuery.POST))
                .bind(Ids.requirePostId(id)).to("id")
                .fetchAs(PostView.class)
                .mappedBy((types, row) -> new PostView(row.get("post").asMap(), nullable(row.get("author")),
                        row.get("hashtags").asList(v -> v.asString()), row.get("mentions").asList(v -> v.asMap()),
                        row.get("references").asList(v -> v.asMap()), row.get("credits").asList(v -> v.asString()),
                        row.get("replies").asLong(), row.get("quotes").asLong(), row.get("retweets").asLong()))
                .one()
                .orElseThrow(() -> new NotFoundException("No post with id " + id + " in the graph."));
    }

    public AccountView account(String id) {
        return neo4j.query(queries.get(LookupQuery.ACCOUNT))
                .bindAll(AccountKey.of(id).parameters())
                .fetchAs(AccountView.class)
                .mappedBy((types, row) -> new AccountView(row.get("account").asMap(), row.get("posts").asLong(),
                        row.get("firstPostAt").asString(null), row.get("lastPostAt").asString(null),
                        row.get("mentionedBy").asLong(), row.get("origins").asList(v -> v.asString())))
                .one()
                .orElseThrow(() -> new NotFoundException("No account with id " + id + " in the graph."));
    }

    private static Map<String, Object> nullable(org.neo4j.driver.Value value) {
        return value.isNull() ? null : value.asMap();
    }
}
