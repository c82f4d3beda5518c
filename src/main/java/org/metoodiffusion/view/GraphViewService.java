package org.metoodiffusion.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.stream.IntStream;

import org.metoodiffusion.api.NotFoundException;
import org.metoodiffusion.trace.CascadeService;
import org.metoodiffusion.trace.CascadeTree;
import org.metoodiffusion.trace.InfluencePaths;
import org.springframework.stereotype.Service;

/**
 * Builds views: traces the cascade, scores it, cuts it to the cap (or to the path to one account),
 * lays it out, colours it and pages it. Positions are computed on the whole shown graph before
 * paging, so pages fit together.
 */
@Service
public class GraphViewService {

    private static final int TOP_ACCOUNTS = 10;

    private final CascadeService cascades;
    private final InfluencePaths paths;
    private final NodeMeasures measures;
    private final RootAttribution attribution;
    private final LouvainCommunities communities;

    GraphViewService(CascadeService cascades, InfluencePaths paths, NodeMeasures measures,
            RootAttribution attribution, LouvainCommunities communities) {
        this.cascades = cascades;
        this.paths = paths;
        this.measures = measures;
        this.attribution = attribution;
        this.communities = communities;
    }

    /** For a path request, the capped cascade the path runs through (pictures draw it faded behind); else null. */
    public ViewResult cascadeBehind(ViewRequest request) {
        return request.account() == null ? null : view(new ViewRequest(request.root(), request.method(), null,
                request.measure(), request.colour(), request.cap(), 0, ViewRequest.MAX_CAP));
    }

    public ViewResult view(ViewRequest request) {
        var measure = measures.named(request.measure());
        var tree = cascades.cascade(request.root(), request.method()).tree();
        double[] scores = measure.scores(tree);
        Subtree shown;
        String capRule = null;
        List<String> path = List.of();
        if (request.account() != null) {
            var indices = pathIndices(tree, request);
            shown = Subtree.of(tree, indices);
            path = java.util.Arrays.stream(indices).mapToObj(i -> labelOf(tree, i)).toList();
        } else {
            var capped = TopNCap.apply(tree, scores, measure.name(), request.cap());
            shown = capped.subtree();
            capRule = capped.rule();
        }
        var groups = switch (request.colour()) {
            case ROOT -> attribution.groups(tree, request.method());
            case COMMUNITY -> communities.groups(tree);
            case BRANCH -> BranchCommunities.groups(tree);
        };
        var nodes = nodeViews(tree, shown, scores, groups);
        var page = page(nodes, request.offset(), request.limit());
        return new ViewResult(request.root().toString(), tree.label(), request.method().label(), measure.name(),
                request.colour().name().toLowerCase(java.util.Locale.ROOT), tree.size(), nodes.size(),
                request.offset(), request.limit(), request.offset() + page.size() < nodes.size(), capRule, path,
                cascades.metrics(request.root(), request.method()), topAccounts(tree, scores), new GraphView(page, edgesInto(shown, page)));
    }

    /** The tracer's influence path to the account's first post in the cascade, as node indices, root first. */
    private int[] pathIndices(CascadeTree tree, ViewRequest request) {
        var found = paths.to(request.root(), accountTarget(request.account()), request.method());
        if (!found.reachable()) {
            throw new NotFoundException(found.reason());
        }
        var indices = new int[found.hops().size() + 1];
        for (int i = 0; i < found.hops().size(); i++) {
            indices[i + 1] = tree.indexOf(found.hops().get(i).toPost());
        }
        return indices;
    }

    /** {@code @handle}, {@code account:<id>}, a numeric account id, or a bare handle. */
    static String accountTarget(String account) {
        var value = account.strip();
        if (value.startsWith("@") || value.startsWith("account:")) {
            return value;
        }
        return value.chars().allMatch(Character::isDigit) ? "account:" + value : "@" + value;
    }

    private static List<NodeView> nodeViews(CascadeTree tree, Subtree shown, double[] scores, String[] groups) {
        double[][] xy = TimeOrderedLayout.positions(shown.tree());
        // Sizes scale to the largest node after the root, which would dwarf everything else.
        double max = 0;
        for (int original : shown.original()) {
            if (original != 0 || shown.original().length == 1) {
                max = Math.max(max, scores[original]);
            }
        }
        var nodes = new ArrayList<NodeView>(shown.original().length);
        for (int i = 0; i < shown.original().length; i++) {
            int original = shown.original()[i];
            double size = max <= 0 ? 1 : 1 + 9 * Math.sqrt(Math.min(1, Math.max(0, scores[original]) / max));
            nodes.add(new NodeView(tree.id(original), labelOf(tree, original), tree.link(original).name(),
                    tree.accountId(original), tree.username(original), tree.time(original), tree.depth(original),
                    scores[original], round(size), groups[original], round(xy[0][i]), round(xy[1][i])));
        }
        nodes.sort(Comparator.comparing(NodeView::time).thenComparing(NodeView::x));
        return nodes;
    }

    private static List<NodeView> page(List<NodeView> nodes, int offset, int limit) {
        int from = Math.min(offset, nodes.size());
        return List.copyOf(nodes.subList(from, (int) Math.min(nodes.size(), (long) from + limit)));
    }

    /** Edges whose target is on the page (their source may be on an earlier page). */
    private static List<EdgeView> edgesInto(Subtree shown, List<NodeView> page) {
        var tree = shown.tree();
        var indexById = new HashMap<String, Integer>();
        for (int i = 0; i < tree.size(); i++) {
            indexById.put(tree.id(i), i);
        }
        var edges = new ArrayList<EdgeView>(page.size());
        for (var view : page) {
            int node = indexById.get(view.id());
            if (tree.parent(node) >= 0) {
                edges.add(new EdgeView(tree.id(tree.parent(node)), tree.id(node), tree.link(node).name(), tree.time(node)));
            }
        }
        return edges;
    }

    private static List<TopAccount> topAccounts(CascadeTree tree, double[] scores) {
        var best = new HashMap<String, double[]>();
        var names = new HashMap<String, String>();
        IntStream.range(0, tree.size()).filter(i -> tree.accountId(i) != null).forEach(i -> {
            var entry = best.computeIfAbsent(tree.accountId(i), k -> new double[] {Double.NEGATIVE_INFINITY, 0});
            entry[0] = Math.max(entry[0], scores[i]);
            entry[1]++;
            names.putIfAbsent(tree.accountId(i), tree.username(i));
        });
        return best.entrySet().stream()
                .sorted(Comparator.<java.util.Map.Entry<String, double[]>>comparingDouble(e -> -e.getValue()[0])
                        .thenComparing(java.util.Map.Entry::getKey))
                .limit(TOP_ACCOUNTS)
                .map(e -> new TopAccount(e.getKey(), names.get(e.getKey()), e.getValue()[0], (int) e.getValue()[1]))
                .toList();
    }

    private static String labelOf(CascadeTree tree, int index) {
        if (index == 0 && tree.accountId(0) == null) {
            return tree.label();
        }
        String username = tree.username(index);
        String account = tree.accountId(index);
        return username != null ? "@" + username : account != null ? account : tree.id(index);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
