package org.metoodiffusion.centrality;

import java.time.Duration;

import org.metoodiffusion.api.BadRequestException;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of centrality computations ({@code metoo.centrality.*}, environment variables in
 * docs/configuration.md).
 *
 * @param timeout          longest computation (projection + algorithm + answer); requests may ask for less
 * @param memoryLimit      memory a computation may need by GDS's estimate; null: the heap that is free
 *                         (embedded), or GDS's own check (external server)
 * @param cacheEntries     computed results kept (each holds one value per projected node)
 * @param computeThreads   computations running at once; more wait, within their timeout
 * @param projections      projections kept in the GDS catalog while the graph is unchanged (fewer
 *                         when a computation needs their memory)
 * @param projectAhead     whether the projection most requests use is made as soon as the graph
 *                         changes, before any request asks for it ({@link ProjectionAhead})
 */
@ConfigurationProperties("metoo.centrality")
public record CentralitySettings(@DefaultValue("5m") Duration timeout, DataSize memoryLimit,
        @DefaultValue("32") int cacheEntries, @DefaultValue("2") int computeThreads,
        @DefaultValue("4") int projections, @DefaultValue("true") boolean projectAhead) {

    public CentralitySettings {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("metoo.centrality.timeout must be positive, was " + timeout);
        }
        if (cacheEntries < 1 || computeThreads < 1) {
            throw new IllegalArgumentException("metoo.centrality.cache-entries and compute-threads must be >= 1");
        }
        if (projections < 0) {
            throw new IllegalArgumentException("metoo.centrality.projections must be >= 0 (0: keep none)");
        }
    }

    /** The timeout a request asks for (seconds, null for the maximum), checked against the maximum. */
    Duration timeout(Integer requestedSeconds) {
        if (requestedSeconds == null) {
            return timeout;
        }
        if (requestedSeconds < 1 || requestedSeconds > timeout.toSeconds()) {
            throw new BadRequestException("timeout must be 1.." + timeout.toSeconds() + " seconds, was "
                    + requestedSeconds);
        }
        return Duration.ofSeconds(requestedSeconds);
    }
}
