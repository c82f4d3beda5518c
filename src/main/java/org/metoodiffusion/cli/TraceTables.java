package org.metoodiffusion.cli;

import java.util.List;
import java.util.stream.Collectors;

import org.metoodiffusion.trace.AccountAttribution;
import org.metoodiffusion.trace.AccountReach;
import org.metoodiffusion.trace.AdoptionBucket;
import org.metoodiffusion.trace.AdoptionSeries;
import org.metoodiffusion.trace.AttributionTotals;
import org.metoodiffusion.trace.CascadeEdge;
import org.metoodiffusion.trace.CascadeMetrics;
import org.metoodiffusion.trace.CascadeNode;
import org.metoodiffusion.trace.EdgePage;
import org.metoodiffusion.trace.Hop;
import org.metoodiffusion.trace.InfluencePath;
import org.metoodiffusion.trace.MethodComparison;
import org.metoodiffusion.trace.NodePage;

/** Plain-text tables for the trace commands' answers. */
final class TraceTables {

    private TraceTables() {
    }

    static String metrics(CascadeMetrics m) {
        var text = new StringBuilder();
        boolean accountLevel = "account".equals(m.level());
        text.append(String.format("Cascade of %s (%s), level %s, method %s%n", m.root(), m.rootLabel(), m.level(),
                m.method()));
        if (accountLevel) {
            text.append(String.format("  accounts %,d (the root and each account at its first activation; no posts)%n",
                    m.accounts()));
        } else {
            text.append(String.format("  posts %,d  accounts %,d  unconnected posts %,d in %,d trees%n", m.posts(),
                    m.accounts(), m.unconnectedPosts(), m.unconnectedTrees()));
        }
        text.append(String.format("  depth %d  max breadth %,d  structural virality %.4f%n", m.depth(), m.maxBreadth(),
                m.structuralVirality()));
        text.append(String.format("  breadth by depth %s%n", m.breadthByDepth()));
        text.append(String.format("  start %s  end %s  duration %s s%n", m.start(), m.end(), m.durationSeconds()));
        text.append(String.format("  seconds to depth %s%n", m.secondsToDepth()));
        text.append(String.format("  seconds to N accounts %s%n", m.secondsToAccounts()));
        text.append("  first adopters:");
        m.firstAdopters().forEach(a -> text.append(accountLevel
                ? String.format("%n    %s  %s", a.time(), handle(a.username(), a.account()))
                : String.format("%n    %s  @%s  post %s", a.time(), a.username(), a.post())));
        return text.toString();
    }

    static String nodes(NodePage page) {
        var text = new StringBuilder(String.format("%s, level %s, method %s: nodes %,d-%,d of %,d%n", page.root(),
                page.level(), page.method(),
                (long) page.page() * page.size(), (long) page.page() * page.size() + page.nodes().size(), page.total()));
        text.append(String.format("%8s %8s %6s %-10s %-18s %-20s %-22s %s%n", "index", "parent", "depth", "link",
                "basis", "post", "time", "account"));
        for (CascadeNode n : page.nodes()) {
            text.append(String.format("%8d %8d %6d %-10s %-18s %-20s %-22s %s%n", n.index(), n.parent(), n.depth(),
                    n.link(), n.basis(), n.post(), n.time(), n.username() == null ? n.account() : "@" + n.username()));
        }
        return text.toString();
    }

    static String edges(EdgePage page) {
        var text = new StringBuilder(String.format("%s, level %s, method %s: edges %,d-%,d of %,d%n", page.root(),
                page.level(), page.method(),
                (long) page.page() * page.size(), (long) page.page() * page.size() + page.edges().size(), page.total()));
        text.append(String.format("%-20s %-20s %-10s %-18s %s%n", "source", "target", "kind", "basis", "time"));
        for (CascadeEdge e : page.edges()) {
            text.append(String.format("%-20s %-20s %-10s %-18s %s%n", e.source(), e.target(), e.kind(), e.basis(), e.time()));
        }
        return text.toString();
    }

    static String comparison(List<MethodComparison> methods) {
        var text = new StringBuilder(methods.isEmpty() ? "" : String.format("Level %s%n", methods.get(0).metrics().level()));
        text.append(String.format("%-12s %10s %10s %12s %6s %11s %10s  %s%n", "method", "posts",
                "accounts", "unconnected", "depth", "max breadth", "virality", "top accounts (descendants)"));
        for (MethodComparison c : methods) {
            CascadeMetrics m = c.metrics();
            text.append(String.format("%-12s %,10d %,10d %,12d %6d %,11d %10.4f  %s%n", m.method(), m.posts(),
                    m.accounts(), m.unconnectedPosts(), m.depth(), m.maxBreadth(), m.structuralVirality(),
                    c.topAccounts().stream().map(TraceTables::reach).collect(Collectors.joining(", "))));
        }
        return text.toString();
    }

    static String path(InfluencePath path) {
        if (!path.reachable()) {
            return path.reason();
        }
        var text = new StringBuilder(String.format("From %s to %s, level %s, method %s, %d hops, time-respecting: %s%n",
                path.root(), path.target(), path.level(), path.method(), path.hops().size(),
                path.timeRespecting() == null ? "unknown (a time is missing)" : path.timeRespecting()));
        for (Hop hop : path.hops()) {
            if ("account".equals(path.level())) {
                text.append(String.format("  %-22s %-10s %-18s %s <- %s%n", hop.time(), hop.kind(), hop.basis(),
                        handle(hop.toUsername(), hop.toAccount()), handle(hop.fromUsername(), hop.fromAccount())));
                continue;
            }
            text.append(String.format("  %-22s %-10s %-18s %s (%s) <- %s%n", hop.time(), hop.kind(), hop.basis(),
                    handle(hop.toUsername(), hop.toAccount()), hop.toPost(), hop.fromPost() == null ? "the root"
                            : handle(hop.fromUsername(), hop.fromAccount()) + " (" + hop.fromPost() + ")"));
        }
        return text.toString();
    }

    static String adoption(AdoptionSeries series) {
        var text = new StringBuilder(String.format("Adoption of %s per %s (level %s, method %s): %,d posts, %,d accounts, "
                + "%,d undated posts left out; accounts by root %s%n", series.root(), series.bucket(), series.level(),
                series.method(),
                series.posts(), series.accounts(), series.undatedPosts(), series.accountsByRoot()));
        text.append(String.format("%-22s %10s %10s %12s %12s %8s %8s %8s %8s%n", "start", "posts", "new", "cum. posts",
                "cum. new", "milano", "burke", "both", "neither"));
        for (AdoptionBucket b : series.buckets()) {
            var byRoot = b.newAccountsByRoot();
            text.append(String.format("%-22s %,10d %,10d %,12d %,12d %,8d %,8d %,8d %,8d%n", b.start(), b.posts(),
                    b.newAccounts(), b.cumulativePosts(), b.cumulativeAccounts(), byRoot.get("milano"),
                    byRoot.get("burke"), byRoot.get("both"), byRoot.get("neither")));
        }
        return text.toString();
    }

    static String attributionTotals(AttributionTotals t) {
        return String.format("Participants (accounts in Milano's or Burke's cascade or using #%s), method %s: %,d%n"
                + "  from Milano %,d (only %,d)%n  from Burke %,d (only %,d)%n  both %,d%n  neither %,d", t.hashtag(),
                t.method(), t.participants(), t.fromMilano(), t.milanoOnly(), t.fromBurke(), t.burkeOnly(), t.both(),
                t.neither());
    }

    static String accountAttribution(AccountAttribution a) {
        return String.format("%s descends from: %s%n%nFrom Milano: %s%nFrom Burke: %s", a.account(),
                a.category().label(), path(a.fromMilano()), path(a.fromBurke()));
    }

    private static String reach(AccountReach r) {
        return handle(r.username(), r.account()) + " " + r.descendants();
    }

    private static String handle(String username, String account) {
        return username != null ? "@" + username : account == null ? "?" : account;
    }
}
