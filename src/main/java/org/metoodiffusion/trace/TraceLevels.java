package org.metoodiffusion.trace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;

import org.metoodiffusion.api.BadRequestException;
import org.metoodiffusion.api.NotFoundException;
import org.metoodiffusion.cypher.Cypher;
import org.springframework.stereotype.Component;

/**
 * Chooses the level a root is traced at, and refuses the combinations that mean nothing. An
 * account root that posted is traced at post level (its posts under a virtual root, as always); one
 * with no posts but account-level interactions at account level; any other root at post level. An
 * explicit level wins, when it applies: account level needs an account root with interactions, and
 * takes no reconstruction but the default (they re-parent retweets of posts; at account level the
 * parent is fixed by the first activation).
 */
@Component
class TraceLevels {

    private final Cypher cypher;

    TraceLevels(Cypher cypher) {
        this.cypher = cypher;
    }

    /** @param requested the level asked for, or null to choose */
    Level resolve(Root root, Level requested, Reconstruction method) {
        if (root.kind() != Root.Kind.ACCOUNT) {
            if (requested == Level.ACCOUNT) {
                throw new BadRequestException("level=account traces an account root (account:<id> or @handle); "
                        + root + " is a " + root.kind().name().toLowerCase(Locale.ROOT) + " root.");
            }
            return Level.POST;
        }
        if (requested == Level.POST) {
            return Level.POST;
        }
        Activity activity = activity(root);
        if (requested == Level.ACCOUNT && activity == null) {
            throw new NotFoundException("No account " + root.key() + " in the graph.");
        }
        if (requested == Level.ACCOUNT && !activity.interacted()) {
            throw new NotFoundException("Account " + root + " has no account-level interactions (INTERACTED edges, "
                    + "as SNAP data has them) to trace at account level" + (activity.posted()
                            ? "; it has posts: trace it at post level." : "."));
        }
        boolean account = requested == Level.ACCOUNT || activity != null && !activity.posted() && activity.interacted();
        if (account && method != Reconstruction.PLATFORM) {
            throw new BadRequestException("method=" + method.label() + " does not apply at account level, where "
                    + root + " is traced" + (requested == null ? " (it has interactions but no posts)" : "")
                    + ": each account's parent is the account it interacted with at its first activation. "
                    + "Use method=platform (the default), or level=post.");
        }
        return account ? Level.ACCOUNT : Level.POST;
    }

    private Activity activity(Root root) {
        var parameters = new HashMap<String, Object>();
        parameters.put("id", root.handle() == null ? root.key() : null);
        parameters.put("handle", root.handle());
        List<Activity> found = new ArrayList<>(1);
        cypher.read(TraceQuery.ACCOUNT_ACTIVITY, parameters, row -> found.add(new Activity(row.isTrue("posted"),
                row.isTrue("interacted"))));
        return found.isEmpty() ? null : found.get(0);
    }

    /** What an account did: posted, and took part in account-level interactions. */
    private record Activity(boolean posted, boolean interacted) {
    }
}
