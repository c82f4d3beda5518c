package org.metoodiffusion.centrality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The rules of keeping projections, on the catalog's own bookkeeping (what it asks to drop, and
 * when); the database side is in CentralityTests and CentralityRestTests.
 */
class ProjectionCatalogTests {

    private final List<String> dropped = new ArrayList<>();
    private final ProjectionCatalog catalog = new ProjectionCatalog(2, dropped::add);

    private static ProjectionCatalog.Key key(long version, Orientation orientation) {
        return new ProjectionCatalog.Key(version, Projection.all(Level.ACCOUNT), orientation);
    }

    private static ProjectedGraph graph(String name) {
        return new ProjectedGraph(name, 10, 20, false, false);
    }

    @Test
    void theLeastRecentlyUsedGoesBeyondTheLimit() {
        catalog.keep(key(1, Orientation.NATURAL), graph("natural"), 100);
        catalog.keep(key(1, Orientation.UNDIRECTED), graph("undirected"), 100);
        catalog.release(catalog.acquire(key(1, Orientation.NATURAL)));
        catalog.keep(new ProjectionCatalog.Key(1, Projection.parse(null, null, "2017-10-15", null), Orientation.NATURAL),
                graph("window"), 100);
        assertThat(dropped).containsExactly("undirected");
        assertThat(catalog.acquire(key(1, Orientation.NATURAL)).graph().name()).isEqualTo("natural");
    }

    @Test
    void aNewVersionRetiresEverythingButWhatIsInUseUntilItsRelease() {
        catalog.keep(key(1, Orientation.NATURAL), graph("in-use"), 100);
        catalog.keep(key(1, Orientation.UNDIRECTED), graph("idle"), 100);
        var lease = catalog.acquire(key(1, Orientation.NATURAL));
        catalog.retireBefore(2);
        assertThat(dropped).containsExactly("idle");
        assertThat(catalog.acquire(key(2, Orientation.NATURAL))).isNull();
        catalog.release(lease);
        assertThat(dropped).containsExactly("idle", "in-use");
        assertThat(catalog.size()).isZero();
    }

    @Test
    void aProjectionOfAnOlderVersionIsNeitherKeptNorLent() {
        catalog.keep(key(2, Orientation.NATURAL), graph("new"), 100);
        assertThat(catalog.keep(key(1, Orientation.UNDIRECTED), graph("old"), 100)).isFalse();
        assertThat(catalog.acquire(key(1, Orientation.NATURAL))).isNull();
        assertThat(catalog.acquire(key(2, Orientation.NATURAL))).isNotNull();
        assertThat(dropped).isEmpty();
    }

    @Test
    void aSecondProjectionOfTheSameKeyIsNotKept() {
        assertThat(catalog.keep(key(1, Orientation.NATURAL), graph("first"), 100)).isTrue();
        assertThat(catalog.keep(key(1, Orientation.NATURAL), graph("second"), 100)).isFalse();
        assertThat(catalog.acquire(key(1, Orientation.NATURAL)).graph().name()).isEqualTo("first");
    }

    @Test
    void memoryIsFreedFromIdleProjectionsLeastRecentFirst() {
        catalog.keep(key(1, Orientation.NATURAL), graph("older"), 300);
        catalog.keep(key(1, Orientation.UNDIRECTED), graph("newer"), 500);
        var lease = catalog.acquire(key(1, Orientation.UNDIRECTED));
        assertThat(catalog.free(200)).isEqualTo(300);
        assertThat(catalog.free(200)).as("the other is in use").isZero();
        catalog.release(lease);
        assertThat(catalog.free(200)).isEqualTo(500);
        assertThat(dropped).containsExactly("older", "newer");
    }

    @Test
    void anAbandonedComputationsProjectionIsNotKept() {
        assertThat(catalog.abandon("late")).as("not kept: the caller drops it").isTrue();
        assertThat(catalog.keep(key(1, Orientation.NATURAL), graph("late"), 100)).isFalse();
        catalog.keep(key(1, Orientation.NATURAL), graph("kept"), 100);
        assertThat(catalog.abandon("kept")).as("kept before the timeout: stays").isFalse();
    }
}
