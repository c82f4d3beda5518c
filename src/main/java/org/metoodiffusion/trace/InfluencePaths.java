package org.metoodiffusion.trace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.metoodiffusion.id.Ids;
import org.springframework.stereotype.Service;

/**
 * Influence paths: from a root to a post, or to an account's first post in the cascade, through
 * the cascade tree of the chosen reconstruction. Tree paths are unique; each is checked to be
 * time-respecting (every hop no earlier than the previous), since recorded data can disagree with
 * itself. O(depth) once the cascade is extracted (it is cached per graph version). At account level
 * the target is an account (a bare id is an account id there: such a cascade has no posts) and the
 * path runs through the accounts that activated it, each hop at its first activation.
 */
@Service
public class InfluencePaths {

    private final CascadeService cascades;

    InfluencePaths(CascadeService cascades) {
        this.cascades = cascades;
    }

    /** At the level chosen for the root. @param target a post id, {@code account:<id>} or {@code @handle} */
    public InfluencePath to(Root root, String target, Reconstruction method) {
        return to(root, target, null, method);
    }

    /**
     * @param target a post id, {@code account:<id>} or {@code @handle}
     * @param level  the level to trace at, or null to choose ({@link CascadeService#cascade(Root, Level, Reconstruction)})
     */
    public InfluencePath to(Root root, String target, Level level, Reconstruction method) {
        return to(cascades.cascade(root, level, method), target);
    }

    static InfluencePath to(Cascade cascade, String target) {
        String value = target == null ? "" : target.strip();
        boolean account = value.startsWith("@") || value.startsWith("account:") || cascade.level() == Level.ACCOUNT;
        int node = account ? firstNodeOfAccount(cascade, accountKey(value)) : cascade.indexOfPost(Ids.requirePostId(value));
        if (node < 0) {
            return unreachable(cascade, value, (account ? "account " : "post ") + value + " is not in the cascade of "
                    + cascade.root() + " (" + cascade.rootLabel() + ")" + (cascade.level() == Level.ACCOUNT
                            ? ": it never interacted with an account of the cascade after that account's activation" : ""));
        }
        if (cascade.depth(node) < 0) {
            return unreachable(cascade, value, value + " is in the cascade, but under the " + cascade.method().label()
                    + " reconstruction no chain of earlier sharers connects it to the root (it lies in a separate "
                    + "tree of the forest)");
        }
        return path(cascade, node, value);
    }

    /** The account's first post in the root's tree (earliest time, then shallowest), or -1. */
    static int firstNodeOfAccount(Cascade cascade, String key) {
        int account = -1;
        for (int a = 0; a < cascade.accountCount() && account < 0; a++) {
            String username = cascade.username(a);
            if (cascade.accountId(a).equals(key) || key.startsWith("@") && username != null
                    && ("@" + username.toLowerCase(Locale.ROOT)).equals(key)) {
                account = a;
            }
        }
        int first = -1;
        for (int i = 0; account >= 0 && i < cascade.size(); i++) {
            if (cascade.author(i) == account && cascade.depth(i) >= 0 && (first < 0 || before(cascade, i, first))) {
                first = i;
            }
        }
        return first;
    }

    private static boolean before(Cascade cascade, int a, int b) {
        long ta = cascade.time(a) == Cascade.UNKNOWN_TIME ? Long.MAX_VALUE : cascade.time(a);
        long tb = cascade.time(b) == Cascade.UNKNOWN_TIME ? Long.MAX_VALUE : cascade.time(b);
        return ta != tb ? ta < tb : cascade.depth(a) < cascade.depth(b);
    }

    private static String accountKey(String value) {
        if (value.startsWith("@")) {
            return Ids.requireAccountId(value.toLowerCase(Locale.ROOT));
        }
        return Ids.requireAccountId(value.startsWith("account:") ? value.substring("account:".length()) : value);
    }

    private static InfluencePath path(Cascade cascade, int node, String target) {
        List<Hop> hops = new ArrayList<>();
        Boolean respecting = true;
        for (int child = node; child != 0; child = cascade.parent(child)) {
            int parent = cascade.parent(child);
            CascadeNode from = cascade.node(parent);
            CascadeNode to = cascade.node(child);
            hops.add(new Hop(from.post(), from.account(), from.username(), to.post(), to.account(), to.username(),
                    to.link(), to.basis(), to.time()));
            long earlier = cascade.time(parent);
            long later = cascade.time(child);
            if (later == Cascade.UNKNOWN_TIME || earlier == Cascade.UNKNOWN_TIME && parent != 0) {
                respecting = respecting == Boolean.FALSE ? Boolean.FALSE : null;
            } else if (earlier != Cascade.UNKNOWN_TIME && later < earlier) {
                respecting = false;
            }
        }
        Collections.reverse(hops);
        return new InfluencePath(cascade.root().toString(), cascade.method().label(), cascade.level().label(), target,
                true, hops, respecting, null);
    }

    private static InfluencePath unreachable(Cascade cascade, String target, String reason) {
        return new InfluencePath(cascade.root().toString(), cascade.method().label(), cascade.level().label(), target,
                false, List.of(), null,
                "Not reachable: " + reason + ".");
    }
}
