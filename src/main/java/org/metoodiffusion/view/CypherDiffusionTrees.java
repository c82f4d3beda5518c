package org.metoodiffusion.view;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.metoodiffusion.api.NotFoundException;
import org.metoodiffusion.cypher.QueryLibrary;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Diffusion trees by breadth-first search over the platform's reply / quote / retweet references
 * ({@code view/responses}, one query per level): each post's parent is the post it references,
 * which is the platform's own attribution (a retweet hangs from the original). O(n + m) rows for a
 * cascade of n posts and m references. Origins start from the posts that credit them or that their
 * accounts wrote; hashtags from the posts that carry them, each hanging from the tagged post it
 * references when there is one.
 */
@Service
class CypherDiffusionTrees implements DiffusionTreeSource {

    /** No tree grows beyond this many nodes: a bound on memory, far above what a view shows. */
    static final int MAX_NODES = 1_000_000;
    private static final int LEVEL_CHUNK = 10_000;

    private final Neo4jClient neo4j;
    private final QueryLibrary queries;

    CypherDiffusionTrees(Neo4jClient neo4j, QueryLibrary queries) {
        this.neo4j = neo4j;
        this.queries = queries;
    }

    @Override
    public DiffusionTree tree(ViewRoot root) {
        var builder = switch (root.kind()) {
            case POST -> fromPost(root);
            case ORIGIN -> fromOrigin(root);
            case HASHTAG -> fromHashtag(root);
        };
        builder.growResponses();
        return builder.build();
    }

    private Builder fromPost(ViewRoot root) {
        var rows = rows("view/root-post", Map.of("id", root.value()));
        if (rows.isEmpty()) {
            throw new NotFoundException("No post with id " + root.value() + " in the graph.");
        }
        var row = rows.get(0);
        var builder = new Builder(root, "@" + string(row, "username", root.value()));
        builder.add(node(row, -1, "ROOT", 0, null));
        return builder;
    }

    private Builder fromOrigin(ViewRoot root) {
        var rows = rows("view/origin-posts", Map.of("origin", root.value()));
        if (rows.isEmpty()) {
            throw new NotFoundException("No origin " + root.value() + " with posts that carry it in the graph.");
        }
        int year = rows.get(0).get("year").isNull() ? 2006 : rows.get(0).get("year").asInt();
        var builder = new Builder(root, root.value());
        builder.add(new TreeNode(root.nodeId(), null, null, 0, LocalDate.of(year, 1, 1).atStartOfDay()
                .toInstant(ZoneOffset.UTC), -1, "ROOT", 0));
        for (var row : rows) {
            builder.add(node(row, 0, "mention".equals(row.get("via").asString(null)) ? "MENTION" : "SEED", 1,
                    builder.node(0).time()));
        }
        return builder;
    }

    private Builder fromHashtag(ViewRoot root) {
        var rows = rows("view/hashtag-posts", Map.of("tag", root.value(), "limit", MAX_NODES));
        if (rows.isEmpty()) {
            throw new NotFoundException("No post carries #" + root.value() + " in the graph.");
        }
        var builder = new Builder(root, "#" + root.value());
        builder.add(new TreeNode(root.nodeId(), null, null, 0, time(rows.get(0), Instant.EPOCH), -1, "ROOT", 0));
        for (var row : rows) {
            Integer referenced = builder.indexOf(row.get("referenceId").asString(null));
            boolean hangs = referenced != null;
            int parent = hangs ? referenced : 0;
            builder.add(node(row, parent, hangs ? kindOf(row.get("referenceKind").asString()) : "SEED",
                    builder.node(parent).depth() + 1, builder.node(parent).time()));
        }
        return builder;
    }

    private List<Record> rows(String query, Map<String, Object> parameters) {
        return List.copyOf(neo4j.query(queries.get(query)).bindAll(parameters)
                .fetchAs(Record.class).mappedBy((types, record) -> record).all());
    }

    private static TreeNode node(Record row, int parent, String kind, int depth, Instant fallbackTime) {
        return new TreeNode(row.get("id").asString(), row.get("accountId").asString(null),
                row.get("username").asString(null), row.get("followers").isNull() ? 0 : row.get("followers").asLong(),
                time(row, fallbackTime), parent, kind, depth);
    }

    private static Instant time(Record row, Instant fallback) {
        Value time = row.get("time");
        return time.isNull() ? fallback : time.asZonedDateTime().toInstant();
    }

    private static String string(Record row, String key, String fallback) {
        return row.get(key).asString(fallback);
    }

    static String kindOf(String relationshipType) {
        return switch (relationshipType) {
            case "REPLY_TO" -> "REPLY";
            case "QUOTES" -> "QUOTE";
            case "RETWEET_OF" -> "RETWEET";
            default -> throw new IllegalStateException("not a reference: " + relationshipType);
        };
    }

    /** Collects nodes in breadth-first order, each post once. */
    private final class Builder {
        private final ViewRoot root;
        private final String label;
        private final List<TreeNode> nodes = new ArrayList<>();
        private final Map<String, Integer> index = new HashMap<>();
        private int frontierStart;

        Builder(ViewRoot root, String label) {
            this.root = root;
            this.label = label;
        }

        void add(TreeNode node) {
            if (nodes.size() < MAX_NODES && index.putIfAbsent(node.id(), nodes.size()) == null) {
                nodes.add(node);
            }
        }

        TreeNode node(int i) {
            return nodes.get(i);
        }

        Integer indexOf(String id) {
            return id == null ? null : index.get(id);
        }

        /** Breadth-first from every node added so far (a virtual root has no responses of its own). */
        void growResponses() {
            frontierStart = root.kind() == ViewRoot.Kind.POST ? 0 : 1;
            while (frontierStart < nodes.size() && nodes.size() < MAX_NODES) {
                int frontierEnd = nodes.size();
                for (int from = frontierStart; from < frontierEnd; from += LEVEL_CHUNK) {
                    var ids = nodes.subList(from, Math.min(frontierEnd, from + LEVEL_CHUNK)).stream()
                            .map(TreeNode::id).toList();
                    for (var row : rows("view/responses", Map.of("ids", ids))) {
                        int parent = index.get(row.get("parentId").asString());
                        var parentNode = nodes.get(parent);
                        add(CypherDiffusionTrees.node(row, parent, kindOf(row.get("kind").asString()), parentNode.depth() + 1,
                                parentNode.time()));
                    }
                }
                frontierStart = frontierEnd;
            }
        }

        DiffusionTree build() {
            return new DiffusionTree(root, label, nodes);
        }
    }
}
