package org.metoodiffusion.centrality;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.metoodiffusion.api.BadRequestException;
import org.metoodiffusion.api.NotFoundException;
import org.springframework.stereotype.Service;

/** Communities (Louvain, Leiden, WCC) with their sizes and members, and the bridges of a projection. */
@Service
public class CommunityService {

    private final Computations computations;

    CommunityService(Computations computations) {
        this.computations = computations;
    }

    public CommunityPage communities(Projection projection, Measure algorithm, MeasureParameters parameters,
            Duration timeout, Page page) {
        var hit = compute(projection, algorithm, parameters, timeout);
        var communities = hit.value().communities();
        long nodes = hit.value().values().size();
        var items = new ArrayList<CommunityView>();
        for (int i = page.offset(); i < page.end(communities.count()); i++) {
            long id = communities.id(i);
            int size = communities.size(id);
            items.add(new CommunityView(id, size, (double) size / nodes));
        }
        return new CommunityPage(ComputationView.of(hit), communities.count(), nodes, page.offset(), page.limit(),
                items);
    }

    public MemberPage members(Projection projection, Measure algorithm, MeasureParameters parameters,
            Duration timeout, long communityId, Page page) {
        var hit = compute(projection, algorithm, parameters, timeout);
        var values = hit.value().values();
        var members = hit.value().communities().members(communityId);
        if (members.length == 0) {
            throw new NotFoundException("No community " + communityId + " in this " + algorithm.key()
                    + " result; list them at /api/communities/" + algorithm.key());
        }
        var shown = Arrays.copyOfRange(members, Math.min(page.offset(), members.length),
                page.end(members.length));
        var names = hit.value().names().of(Arrays.stream(shown).mapToLong(values::nodeId).toArray());
        var items = new ArrayList<MemberView>();
        for (var name : names) {
            items.add(new MemberView(name.id(), name.username()));
        }
        return new MemberPage(ComputationView.of(hit), communityId, members.length, page.offset(), page.limit(), items);
    }

    public BridgePage bridges(Projection projection, Duration timeout, Page page) {
        var hit = computations.bridges(projection, timeout);
        var result = hit.value();
        var bridges = result.bridges();
        return new BridgePage(ProjectionView.of(projection, Orientation.UNDIRECTED, result.graph()),
                result.computedAt(), result.computeMillis(), hit.cached(), bridges.size(), page.offset(), page.limit(),
                bridges.subList(Math.min(page.offset(), bridges.size()), page.end(bridges.size())));
    }

    /**
     * Every projected node's community id by its id (account id at account level), for colouring
     * views; reads the names of all nodes, unlike the paged answers.
     */
    public Map<String, Long> communityOfEach(Projection projection, Measure algorithm, Duration timeout) {
        var result = compute(projection, algorithm, MeasureParameters.NONE, timeout).value();
        var values = result.values();
        var names = result.names().of(values.nodeIds(0, values.size()));
        Map<String, Long> community = new HashMap<>(values.size() * 2);
        for (int i = 0; i < values.size(); i++) {
            community.put(names[i].id(), (long) values.value(i));
        }
        return community;
    }

    private ResultCache.Hit<MeasureResult> compute(Projection projection, Measure algorithm,
            MeasureParameters parameters, Duration timeout) {
        if (!algorithm.community()) {
            throw new BadRequestException(algorithm.key() + " is not a community algorithm; the community "
                    + "algorithms are louvain, leiden, wcc");
        }
        return computations.measure(projection, algorithm, algorithm.effective(parameters, true), timeout);
    }
}
