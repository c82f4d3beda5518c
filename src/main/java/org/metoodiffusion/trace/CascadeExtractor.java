package org.metoodiffusion.trace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.metoodiffusion.api.NotFoundException;
import org.metoodiffusion.cypher.Cypher;
import org.metoodiffusion.cypher.Query;
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

    private final Cypher cypher;

    CascadeExtractor(Cypher cypher) {
        this.cypher = cypher;
    }

    Cascade extract(Root root) {
        var builder = new CascadeBuilder();
        String label = switch (root.kind()) {
            case POST -> rootPost(root, builder);
            case ORIGIN -> virtualRoot(builder, TraceQuery.ROOT_ORIGIN, Map.of("id", root.key()), TraceQuery.SEEDS_ORIGIN,
                    row -> new RootRow(row.string("id"), null, null, (row.string("name") == null ? row.string("id")
                            : row.string("name")) + " (" + row.number("year") + ", off-platform)"),
                    "No origin " + root.key() + " in the graph.");
            case ACCOUNT -> virtualRoot(builder, TraceQuery.ROOT_ACCOUNT, accountParameters(root), TraceQuery.SEEDS_ACCOUNT,
                    row -> new RootRow(row.string("id"), row.string("id"), row.string("username"),
                            row.string("username") == null ? row.string("id") : "@" + row.string("username")),
                    "No account " + root.key() + " in the graph.");
            case HASHTAG -> virtualRoot(builder, TraceQuery.ROOT_HASHTAG, Map.of("tag", root.key()), TraceQuery.SEEDS_HASHTAG,
                    row -> new RootRow(row.string("tag"), null, null, "#" + row.string("tag")),
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
        RootRow post = cypher.first(TraceQuery.ROOT_POST, Map.of("id", root.key()), row -> {
            builder.rootPost(row.string("post"), row.string("account"), row.string("username"), row.number("at"));
            return new RootRow(row.string("post"), row.string("account"), row.string("username"),
                    "post " + root.key() + (row.string("username") == null ? "" : " by @" + row.string("username")));
        }).orElseThrow(() -> new NotFoundException("No post " + root.key() + " in the graph."));
        return post.label();
    }

    private String virtualRoot(CascadeBuilder builder, Query rootQuery, Map<String, Object> parameters,
            Query seedQuery, Function<Cypher.Row, RootRow> describe, String notFound) {
        RootRow resolved = cypher.first(rootQuery, parameters, describe).orElseThrow(() -> new NotFoundException(notFound));
        builder.virtualRoot(resolved.account(), resolved.username());
        // The seed query takes the resolved key under the same parameter name as the root query.
        String parameter = parameters.containsKey("tag") ? "tag" : "id";
        cypher.read(seedQuery, Map.of(parameter, resolved.key()), row -> builder.seed(row.string("post"),
                row.string("account"), row.string("username"), row.number("at"), Link.valueOf(row.string("via"))));
        return resolved.label();
    }

    private List<String> nextLevel(CascadeBuilder builder, List<String> frontier) {
        List<String> next = new ArrayList<>();
        for (int from = 0; from < frontier.size(); from += CHUNK) {
            var chunk = frontier.subList(from, Math.min(frontier.size(), from + CHUNK));
            cypher.read(TraceQuery.REFERENCING_POSTS, Map.of("ids", chunk), row -> {
                String post = row.string("post");
                if (builder.reference(post, row.string("account"), row.string("username"), row.number("at"),
                        row.string("parent"), Link.ofRelationship(row.string("kind")))) {
                    next.add(post);
                }
            });
        }
        return next;
    }

    static Map<String, Object> accountParameters(Root root) {
        var parameters = new HashMap<String, Object>();
        parameters.put("id", root.handle() == null ? root.key() : null);
        parameters.put("handle", root.handle());
        return parameters;
    }


    /** A resolved virtual root: the key its seed query takes, its account (if it is one) and its label. */
    private record RootRow(String key, String account, String username, String label) {
    }
}
