package org.metoodiffusion.view;

import java.util.List;

import org.metoodiffusion.trace.CascadeMetrics;

/**
 * A view as the REST API and the viewer receive it.
 *
 * @param root        the root in its canonical written form ({@code milano}, {@code #metoo}, a post id ...)
 * @param rootLabel   the root's name
 * @param method      the tracer's reconstruction of retweets
 * @param measure     the measure sizes come from
 * @param colour      what colours say
 * @param totalNodes  nodes of the whole cascade
 * @param shownNodes  nodes of the view after the cap (or on the path), all pages together
 * @param offset      first node of this page, in time order
 * @param limit       page size asked
 * @param hasMore     whether a later page exists
 * @param capRule     the cap rule as applied, null when nothing was cut
 * @param path        for a path view, the handles from the root to the account
 * @param metrics     figures of the whole cascade
 * @param topAccounts the ten accounts with the highest measure
 * @param graph       this page's nodes (time order) and the edges into them
 */
public record ViewResult(String root, String rootLabel, String method, String measure, String colour, int totalNodes,
        int shownNodes, int offset, int limit, boolean hasMore, String capRule, List<String> path,
        CascadeMetrics metrics, List<TopAccount> topAccounts, GraphView graph) {
}
