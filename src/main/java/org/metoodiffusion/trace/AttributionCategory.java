package org.metoodiffusion.trace;

import java.util.Locale;

/** Which named root(s) an account's participation descends from. */
public enum AttributionCategory {
    MILANO, BURKE, BOTH, NEITHER;

    static AttributionCategory of(boolean milano, boolean burke) {
        return milano ? (burke ? BOTH : MILANO) : (burke ? BURKE : NEITHER);
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
