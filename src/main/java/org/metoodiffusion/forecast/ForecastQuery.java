package org.metoodiffusion.forecast;

import org.metoodiffusion.cypher.Query;

/** The statements of {@code cypher/queries/forecast/}. */
public enum ForecastQuery implements Query {
    ACCOUNT_ROOTS,
    POST_ROOTS;

    @Override
    public String folder() {
        return "forecast";
    }
}
