package org.metoodiffusion.centrality;

import java.util.List;


/** A page of a community's members, ordered by id. */
public record MemberPage(ComputationView computation, long communityId, long size, int offset, int limit,
        List<MemberView> items) implements CsvTable {

    @Override
    public List<String> csvHeader() {
        return List.of("id", "username");
    }

    @Override
    public List<List<Object>> csvRows() {
        return items.stream().map(m -> java.util.Arrays.<Object>asList(m.id(), m.username())).toList();
    }
}
