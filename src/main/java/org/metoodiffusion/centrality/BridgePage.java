package org.metoodiffusion.centrality;

import java.time.Instant;
import java.util.List;


/** A page of the bridges of a projection (taken undirected), ordered by ids. */
public record BridgePage(ProjectionView projection, Instant computedAt, long computeMillis, boolean cached,
        long total, int offset, int limit, List<BridgeView> items) implements CsvTable {

    @Override
    public List<String> csvHeader() {
        return List.of("fromId", "fromUsername", "toId", "toUsername");
    }

    @Override
    public List<List<Object>> csvRows() {
        return items.stream().map(b -> java.util.Arrays.<Object>asList(b.fromId(), b.fromUsername(), b.toId(),
                b.toUsername())).toList();
    }
}
