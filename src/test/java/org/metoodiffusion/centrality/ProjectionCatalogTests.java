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

    /** What a computation that projected does: asks first (nothing kept), then keeps its projection. */
    private boolean project(ProjectionCatalog.Key key, String name, long bytes) {
        assertThat(catalog.acquire(key)).isNull();
        return catalog.keep(key, graph(name), bytes);
    }

    @Test
    void theLeastRecentlyUsedGoesBeyondTheLimit() {
        project(key(1, Orientation.NATURAL), "natural", 100);
        project(key(1, Orientation.UNDIRECTED), "undirected", 100);
        catalog.release(catalog.acquire(key(1, Orientation.NATURAL)));
        project(new ProjectionCatalog.Key(1, Projection.parse(null, null, "2017-10-15", null), Orientation.NATURAL),
                "window", 100);
        assertThat(dropped).containsExactly("undirected");
        assertThat(catalog.acquire(key(1, Orientation.NATURAL)).graph().name()).isEqualTo("natural");
    }

    @Test
    void aNewVersionRetiresEverythingButWhatIsInUseUntilItsRelease() {
        project(key(1, Orientation.NATURAL), "in-use", 100);
        project(key(1, Orientation.UNDIRECTED), "idle", 100);
        var lease = catalog.acquire(key(1, Orientation.NATURAL));
        catalog.retireOtherThan(2);
        assertThat(dropped).containsExactly("idle");
        assertThat(catalog.acquire(key(2, Orientation.NATURAL))).isNull();
        catalog.release(lease);
        assertThat(dropped).containsExactly("idle", "in-use");
        assertThat(catalog.size()).isZero();
    }

    @Test
    void aComputationThatStartedOnAnotherVersionKeepsNothing() {
        assertThat(catalog.acquire(key(1, Orientation.UNDIRECTED))).isNull();
        project(key(2, Orientation.NATURAL), "new", 100);
        assertThat(catalog.keep(key(1, Orientation.UNDIRECTED), graph("old"), 100)).isFalse();
        assertThat(catalog.acquire(key(2, Orientation.NATURAL))).isNotNull();
        assertThat(dropped).isEmpty();
    }

    /** A build of derived data moves the graph version back to the data's: equality, not order, counts. */
    @Test
    void aVersionMovingBackIsCurrentAgain() {
        project(key(28, Orientation.NATURAL), "before-build", 100);
        assertThat(project(key(27, Orientation.NATURAL), "after-build", 100)).isTrue();
        assertThat(dropped).containsExactly("before-build");
        assertThat(catalog.acquire(key(27, Orientation.NATURAL)).graph().name()).isEqualTo("after-build");
    }

    @Test
    void aSecondProjectionOfTheSameKeyIsNotKept() {
        assertThat(project(key(1, Orientation.NATURAL), "first", 100)).isTrue();
        assertThat(catalog.keep(key(1, Orientation.NATURAL), graph("second"), 100)).isFalse();
        assertThat(catalog.acquire(key(1, Orientation.NATURAL)).graph().name()).isEqualTo("first");
    }

    @Test
    void memoryIsFreedFromIdleProjectionsLeastRecentFirst() {
        project(key(1, Orientation.NATURAL), "older", 300);
        project(key(1, Orientation.UNDIRECTED), "newer", 500);
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
        assertThat(project(key(1, Orientation.NATURAL), "late", 100)).isFalse();
        project(key(1, Orientation.NATURAL), "kept", 100);
        assertThat(catalog.abandon("kept")).as("kept before the timeout: stays").isFalse();
    }

    @Test
    void aComputationWaitsForTheProjectionAnotherIsMakingThenBorrowsIt() {
        var key = key(1, Orientation.NATURAL);
        assertThat(catalog.acquire(key)).isNull();
        assertThat(catalog.makeOrWait(key)).as("nobody makes it: the caller does").isNull();
        var underWay = catalog.makeOrWait(key);
        assertThat(underWay).as("a second caller gets the making to wait for").isNotNull().isNotDone();
        assertThat(catalog.keptOrMaking(key)).isTrue();
        assertThat(catalog.keep(key, graph("made"), 100)).isTrue();
        catalog.made(key);
        assertThat(underWay).isDone();
        assertThat(catalog.acquire(key).graph().name()).isEqualTo("made");
    }

    @Test
    void aMakingThatKeptNothingLetsTheNextCallerMakeIt() {
        var key = key(1, Orientation.NATURAL);
        assertThat(catalog.makeOrWait(key)).isNull();
        var underWay = catalog.makeOrWait(key);
        catalog.made(key);
        assertThat(underWay).isDone();
        assertThat(catalog.acquire(key)).isNull();
        assertThat(catalog.keptOrMaking(key)).isFalse();
        assertThat(catalog.makeOrWait(key)).isNull();
    }
}
