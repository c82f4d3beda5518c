package org.metoodiffusion.view;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

import org.metoodiffusion.centrality.CentralitySettings;
import org.metoodiffusion.centrality.CommunityService;
import org.metoodiffusion.centrality.Level;
import org.metoodiffusion.centrality.Measure;
import org.metoodiffusion.centrality.Projection;
import org.metoodiffusion.trace.CascadeTree;
import org.springframework.stereotype.Component;

/**
 * Colour by community: each post takes its author's Louvain community (Blondel, Guillaume, Lambiotte
 * &amp; Lefebvre, "Fast unfolding of communities in large networks", J. Stat. Mech. 2008) over the
 * whole account interaction graph, computed by GDS and cached until the graph changes. The
 * {@link #NAMED} communities with most nodes in the view get their own colour ({@code community-1}
 * first), the others share {@code community-other}; posts without a known author, and authors
 * outside the interaction graph, are {@code community-none}.
 */
@Component
class LouvainCommunities {

    static final int NAMED = 8;

    private final CommunityService communities;
    private final CentralitySettings settings;

    LouvainCommunities(CommunityService communities, CentralitySettings settings) {
        this.communities = communities;
        this.settings = settings;
    }

    String[] groups(CascadeTree tree) {
        Map<String, Long> byAccount = communities.communityOfEach(Projection.all(Level.ACCOUNT), Measure.LOUVAIN,
                settings.timeout());
        Long[] community = new Long[tree.size()];
        Map<Long, Integer> nodes = new HashMap<>();
        for (int i = 0; i < tree.size(); i++) {
            String account = tree.accountId(i);
            community[i] = account == null ? null : byAccount.get(account);
            if (community[i] != null) {
                nodes.merge(community[i], 1, Integer::sum);
            }
        }
        Map<Long, Integer> rank = new HashMap<>();
        nodes.entrySet().stream()
                .sorted(Map.Entry.<Long, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .limit(NAMED).forEach(entry -> rank.put(entry.getKey(), rank.size() + 1));
        String[] groups = new String[tree.size()];
        for (int i = 0; i < tree.size(); i++) {
            groups[i] = community[i] == null ? "community-none"
                    : rank.containsKey(community[i]) ? "community-" + rank.get(community[i]) : "community-other";
        }
        return groups;
    }
}
