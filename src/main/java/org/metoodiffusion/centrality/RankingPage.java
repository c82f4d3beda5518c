package org.metoodiffusion.centrality;

import java.util.List;


/** A page of the nodes ordered by a measure, highest first; {@code total} nodes have a value. */
public record RankingPage(ComputationView computation, long total, int offset, int limit, List<RankedNode> items)
        implements CsvTable {

    @Override
    public List<String> csvHeader() {
        return List.of("rank", "id", "username", "score");
    }

    @Override
    public List<List<Object>> csvRows() {
        return items.stream().map(item -> List.<Object>of(item.rank(), item.id(), nullable(item.username()),
                item.score())).toList();
    }

    private static Object nullable(String value) {
        return value == null ? "" : value;
    }
}
