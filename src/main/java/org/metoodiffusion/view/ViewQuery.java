package org.metoodiffusion.view;

import org.metoodiffusion.cypher.Query;

/** The statements of {@code cypher/queries/view/}. */
public enum ViewQuery implements Query {
    ACCOUNT_FOLLOWERS;

    @Override
    public String folder() {
        return "view";
    }
}
