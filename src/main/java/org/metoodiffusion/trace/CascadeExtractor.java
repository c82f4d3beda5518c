package org.metoodiffusion.trace;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.metoodiffusion.api.NotFoundException;
import org.metoodiffusion.cypher.QueryLibrary;
import org.neo4j.driver.Record;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Extracts the cascade of a root as the platform recorded it: the root (or a virtual root's seed
 * posts), then breadth-first every post that replies to, quotes or retweets a post already in the
 * cascade, at any depth. Cypher streams one level at a time ({@code trace/referencing-posts}, in
 * chunks); Java keeps the tree. O(n + m) for n posts and m references read.
 */
@Component
class CascadeExtractor {

    private static final int CHUNK = 20_000;

    private final Neo4jClient neo4j;
    private final QueryLibrary queries;

    CascadeExtractor(Neo4jClient neo4j, QueryLibrary queries) {
        this.neo4j = neo4j;
        this.queries = queries;
    }

    Cascade extract(Root root) {
        var builder = new CascadeBuilder();
        String label = switch (root.kind()) {
            case POST -> rootPost(root, builder);
            case ORIGIN -> virtualRoot(builder, "trace/root-origin", Map.of("id", root.key()), "trace/seeds-origin",
                    row -> new RootRow(row.get("id").asString(), null, null,
                            row.get("name").asString(row.get("id").asString()) + " (" + row.get("year").asObject() + ", off-platform)"),
                    "No origin " + root.key() + " in the graph.");
            case ACCOUNT -> virtualRoot(builder, "trace/root-account", accountParameters(root), "trace/seeds-account",
                    row -> new RootRow(row.get("id").asString(), row.get("id").asString(), row.get("username").asString(null),
                            "@" + row.get("username").asString(row.get("id").asString())),
                    "No account " + root.key() + " in the graph.");
            case HASHTAG -> virtualRoot(builder, "trace/root-hashtag", Map.of("tag", root.key()), "trace/seeds-hashtag",
                    row -> new RootRow(row.get("tag").asString(), null, null, "#" + row.get("tag").asString()),
                    "No hashtag #" + root.key() + " in the graph.");
        };
        List<String> frontier = new ArrayList<>();
        for (int i = root.kind() == Root.Kind.POST ? 0 : 1; i < builder.size(); i++) {
            frontier.add(builder.postAt(i));
        }
        while (!frontier.isEmpty()) {
            frontier = nextLevel(builder, frontier);
        }
        return builder.build(root, label);
    }

    private String rootPost(Root root, CascadeBuilder builder) {
        Record row = one("trace/root-post", Map.of("id", root.key()))
                .orElseThrow(() -> new NotFoundException("No post " + root.key() + " in the graph."));
        builder.rootPost(row.get("post").asString(), row.get("account").asString(null),
                row.get("username").asString(null), nullableLong(row, "at"));
        String author = row.get("username").isNull() ? "" : " by @" + row.get("username").asString();
        return "post " + root.key() + author;
    }

    private String virtualRoot(CascadeBuilder builder, String rootQuery, Map<String, Object> parameters,
            String seedQuery, Function<Record, RootRow> describe, String notFound) {
        RootRow resolved = one(rootQuery, parameters).map(describe).orElseThrow(() -> new NotFoundException(notFound));
        builder.virtualRoot(resolved.account(), resolved.username());
        // The seed query takes the resolved key under the same parameter name as the root query.
        String parameter = parameters.containsKey("tag") ? "tag" : "id";
        for (Record row : rows(seedQuery, Map.of(parameter, resolved.key()))) {
            builder.seed(row.get("post").asString(), row.get("account").asString(null),
                    row.get("username").asString(null), nullableLong(row, "at"), Link.valueOf(row.get("via").asString()));
        }
        return resolved.label();
    }

    private List<String> nextLevel(CascadeBuilder builder, List<String> frontier) {
        List<String> next = new ArrayList<>();
        for (int from = 0; from < frontier.size(); from += CHUNK) {
            var chunk = frontier.subList(from, Math.min(frontier.size(), from + CHUNK));
            for (Record row : rows("trace/referencing-posts", Map.of("ids", chunk))) {
                String post = row.get("post").asString();
                if (builder.reference(post, row.get("account").asString(null), row.get("username").asString(null),
                        nullableLong(row, "at"), row.get("parent").asString(),
                        Link.ofRelationship(row.get("kind").asString()))) {
                    next.add(post);
                }
            }
        }
        return next;
    }

    private static Map<String, Object> accountParameters(Root root) {
        var parameters = new HashMap<String, Object>();
        parameters.put("id", root.handle() == null ? root.key() : null);
        parameters.put("handle", root.handle());
        return parameters;
    }

    private Optional<Record> one(String query, Map<String, Object> parameters) {
        return neo4j.query(queries.get(query)).bindAll(parameters).fetchAs(Record.class)
                .mappedBy((types, row) -> row).first();
    }

    private Collection<Record> rows(String query, Map<String, Object> parameters) {
        return neo4j.query(queries.get(query)).bindAll(parameters).fetchAs(Record.class)
                .mappedBy((types, row) -> row).all();
    }

    private static Long nullableLong(Record row, String key) {
        return row.get(key).isNull() ? null : row.get(key).asLong();
    }

    /** A resolved virtual root: the key its seed query takes, its account (if it is one) and its label. */
    private record RootRow(String key, String account, String username, String label) {
    }
}
