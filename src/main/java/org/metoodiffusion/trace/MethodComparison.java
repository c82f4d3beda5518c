package org.metoodiffusion.trace;

import java.util.List;

/**
 * One reconstruction's view of a cascade, for side-by-side comparison.
 *
 * @param metrics     the cascade's metrics under this method
 * @param topAccounts the accounts its tree grew from most
 */
public record MethodComparison(CascadeMetrics metrics, List<AccountReach> topAccounts) {
}
