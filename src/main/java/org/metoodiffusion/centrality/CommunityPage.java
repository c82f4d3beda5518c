package org.metoodiffusion.centrality;

import java.util.List;


/** A page of communities, largest first. */
public record CommunityPage(ComputationView computation, long communities, long nodes, int offset, int limit,
        List<CommunityView> items) implements CsvTable {

    @Override
    public List<String> csvHeader() {
        return List.of("communityId", "size", "share");
    }

    @Override
    public List<List<Object>> csvRows() {
        return items.stream().map(c -> List.<Object>of(c.communityId(), c.size(), c.share())).toList();
    }
}
