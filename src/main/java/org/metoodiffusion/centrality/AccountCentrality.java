package org.metoodiffusion.centrality;

import java.util.List;


/** One account's values across measures, on one projection. */
public record AccountCentrality(String id, String username, ProjectionView projection, List<AccountMeasure> measures)
        implements CsvTable {

    @Override
    public List<String> csvHeader() {
        return List.of("measure", "inProjection", "score", "rank", "of", "community", "communitySize");
    }

    @Override
    public List<List<Object>> csvRows() {
        return measures.stream().map(m -> java.util.Arrays.<Object>asList(m.measure(), m.inProjection(), m.score(),
                m.rank(), m.of(), m.community(), m.communitySize())).toList();
    }
}
