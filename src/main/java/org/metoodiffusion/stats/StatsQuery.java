package org.metoodiffusion.stats;

import org.metoodiffusion.cypher.Query;

/** The statements of {@code cypher/queries/stats/}. */
public enum StatsQuery implements Query {
    IS_EMPTY,
    LABEL_COUNTS,
    RELATIONSHIP_COUNTS;

    @Override
    public String folder() {
        return "stats";
    }
}
