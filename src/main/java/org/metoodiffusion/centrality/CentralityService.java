package org.metoodiffusion.centrality;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.metoodiffusion.api.BadRequestException;
import org.metoodiffusion.api.NotFoundException;
import org.metoodiffusion.cypher.Cypher;
import org.metoodiffusion.cypher.QueryLibrary;
import org.metoodiffusion.id.AccountKey;
import org.metoodiffusion.store.WriteGate;
import org.springframework.stereotype.Service;

/**
 * Scores of nodes by a measure: top-k pages, the distribution, one account across measures, and
 * write mode (the values stored on the nodes).
 */
@Service
public class CentralityService {

    private static final Pattern PROPERTY = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");
    /** Properties of the graph model that write mode must not overwrite. */
    private static final Set<String> RESERVED = Set.of("id", "key", "username", "handle", "name", "followers",
            "following", "createdAt", "verified", "provisional", "synthetic", "dataset", "text", "lang", "platform",
            "observed", "kind", "at", "tag", "version");
    private static final int WRITE_BATCH = 10_000;

    private final Computations computations;
    private final Cypher cypher;
    private final QueryLibrary queries;
    private final WriteGate gate;

    CentralityService(Computations computations, Cypher cypher, QueryLibrary queries, WriteGate gate) {
        this.computations = computations;
        this.gate = gate;
        this.cypher = cypher;
        this.queries = queries;
    }

    public RankingPage top(Projection projection, Measure measure, MeasureParameters parameters, Duration timeout,
            Page page) {
        return page(scores(projection, measure, parameters, timeout), page);
    }

    /** One page of a computed ranking. */
    static RankingPage page(ResultCache.Hit<MeasureResult> hit, Page page) {
        var values = hit.value().values();
        int from = Math.min(page.offset(), values.size());
        var names = hit.value().names().of(values.nodeIds(from, page.end(values.size())));
        var items = new ArrayList<RankedNode>(names.length);
        for (int i = 0; i < names.length; i++) {
            items.add(new RankedNode(from + i + 1L, names[i].id(), names[i].username(), values.value(from + i)));
        }
        return new RankingPage(ComputationView.of(hit), values.size(), page.offset(), page.limit(), items);
    }

    public Distribution distribution(Projection projection, Measure measure, MeasureParameters parameters,
            Duration timeout) {
        var hit = scores(projection, measure, parameters, timeout);
        return Distribution.of(ComputationView.of(hit), hit.value().values());
    }

    /** The account's values for {@code measures}; parameters apply to the measures that take them. */
    public AccountCentrality account(String id, Projection projection, List<Measure> measures,
            MeasureParameters parameters, Duration timeout) {
        if (projection.level() != Level.ACCOUNT) {
            throw new BadRequestException("One account's values need level=account, not " + projection.level().label());
        }
        var key = AccountKey.of(id);
        var account = cypher.first(CentralityQuery.ACCOUNT, key.parameters(),
                row -> new Account(row.string("id"), row.string("username"), row.asLong("nodeId")))
                .orElseThrow(() -> new NotFoundException("No account with id " + key + " in the graph."));
        var accountId = account.id();
        var unused = new java.util.LinkedHashSet<>(parameters.given().keySet());
        measures.forEach(measure -> unused.removeAll(measure.parameterNames()));
        if (!unused.isEmpty()) {
            throw new BadRequestException(String.join(", ", unused) + " does not apply to any of the measures asked for");
        }
        var answers = new ArrayList<AccountMeasure>();
        ProjectionView view = null;
        for (var measure : measures) {
            var hit = computations.measure(projection, measure, measure.effective(parameters, false), timeout);
            var result = hit.value();
            view = ProjectionView.of(projection, Orientation.NATURAL, result.graph());
            answers.add(valueOf(account.nodeId(), result, hit.cached()));
        }
        return new AccountCentrality(accountId, account.username(), view, answers);
    }

    private record Account(String id, String username, long nodeId) {
    }

    /** Computes (or takes from the cache) and stores the values on the nodes as {@code writeProperty}. */
    public WriteSummary write(Projection projection, Measure measure, MeasureParameters parameters,
            String writeProperty, Duration timeout) {
        var property = writeProperty == null || writeProperty.isBlank() ? measure.writeProperty() : writeProperty;
        if (!PROPERTY.matcher(property).matches() || RESERVED.contains(property)) {
            throw new BadRequestException("writeProperty must be a name of letters, digits and '_' (at most 64, "
                    + "starting with a letter) that is not a property of the graph model (" + String.join(", ",
                            new java.util.TreeSet<>(RESERVED)) + "), was '" + property + "'");
        }
        var hit = computations.measure(projection, measure, measure.effective(parameters, true), timeout);
        var values = hit.value().values();
        long written = 0;
        var rows = new ArrayList<Map<String, Object>>(Math.min(WRITE_BATCH, values.size()));
        for (int i = 0; i < values.size(); i++) {
            if (!Double.isNaN(values.value(i))) {
                Object value = measure.community() ? (Object) (long) values.value(i) : values.value(i);
                rows.add(Map.of("nodeId", values.nodeId(i), "value", value));
            }
            if (rows.size() == WRITE_BATCH || i == values.size() - 1) {
                written += writeBatch(rows, property);
                rows.clear();
            }
        }
        var label = projection.level() == Level.ACCOUNT ? "Account" : "Post";
        return new WriteSummary(ComputationView.of(hit), label, property, written);
    }

    private long writeBatch(List<Map<String, Object>> rows, String property) {
        if (rows.isEmpty()) {
            return 0;
        }
        gate.write().lock();
        try {
            return cypher.transact(tx -> Cypher.Row.of(tx.query(queries.get(CentralityQuery.WRITE_VALUES),
                    Map.of("rows", rows, "writeProperty", property)).get(0)).asLong("written"));
        } finally {
            gate.write().unlock();
        }
    }

    /** The scores of a measure that gives scores (not communities), computed or from the cache. */
    ResultCache.Hit<MeasureResult> scores(Projection projection, Measure measure, MeasureParameters parameters,
            Duration timeout) {
        if (measure.community()) {
            throw new BadRequestException(measure.key() + " finds communities, not scores: ask "
                    + "/api/communities/" + measure.key());
        }
        return computations.measure(projection, measure, measure.effective(parameters, true), timeout);
    }

    private static AccountMeasure valueOf(long nodeId, MeasureResult result, boolean cached) {
        var values = result.values();
        int position = values.position(nodeId);
        var measure = result.measure();
        boolean inProjection = position >= 0 || (measure == Measure.ARTICULATION_POINTS && result.graph().nodes() > 0);
        if (position < 0) {
            Double score = measure == Measure.ARTICULATION_POINTS && inProjection ? 0.0 : null;
            return new AccountMeasure(measure.key(), inProjection, score, null, null, null, null, result.parameters(),
                    result.method(), cached);
        }
        if (measure.community()) {
            long community = (long) values.value(position);
            return new AccountMeasure(measure.key(), true, null, null, null, community,
                    result.communities().size(community), result.parameters(), result.method(), cached);
        }
        return new AccountMeasure(measure.key(), true, values.value(position), position + 1L, (long) values.size(),
                null, null, result.parameters(), result.method(), cached);
    }
}
