package org.metoodiffusion.influence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.metoodiffusion.trace.CascadeNode;

/** A traced cascade read as accounts, worked by hand. */
class ObservedCascadeTests {

    private static CascadeNode node(int index, String post, String account, int minute, int parent, int depth) {
        Instant time = minute < 0 ? null : Instant.parse("2017-10-16T00:00:00Z").plusSeconds(60L * minute);
        return new CascadeNode(index, post, account, account, time, parent, null, null, depth);
    }

    /**
     * A hashtag (virtual root 0) used by a (minute 1), b (2) and c (3) independently; d answers b (4); a
     * posts again under d (5); e answers a post of unknown author (6) that answers c; f is not connected.
     * With one seed (a), b and c are roots too: a virtual root above a, b, c; d and e one hop down, under
     * b and c. Tree of 6 nodes: subtrees a 1, b 2, c 2, d 1, e 1: 2 (5 + 8 + 8 + 5 + 5) / 30 = 31/15.
     */
    @Test
    void independentAdoptersAreRootsAndUnknownAuthorsAreSkipped() {
        var nodes = List.of(node(0, null, null, -1, -1, 0),
                node(1, "p1", "a", 1, 0, 1), node(2, "p2", "b", 2, 0, 1), node(3, "p3", "c", 3, 0, 1),
                node(4, "p4", "d", 4, 2, 2), node(5, "p5", "a", 5, 4, 3), node(6, "p6", null, -1, 3, 2),
                node(7, "p7", "e", 6, 6, 3), node(8, "p8", "f", 7, -1, -1));
        var observed = ObservedCascade.of(nodes, true, 1);
        assertThat(observed.accounts()).containsExactly("a", "b", "c", "d", "e");
        assertThat(observed.hops()).containsExactly(0, 0, 0, 1, 1);
        assertThat(observed.depth()).isEqualTo(1);
        assertThat(observed.structuralVirality()).isCloseTo(31 / 15.0, within(1e-12));
    }

    /** A post root: its author first even when untimed, and with two seeds the first answer is a root. */
    @Test
    void theRootsAuthorComesFirst() {
        var nodes = List.of(node(0, "r", "m", -1, -1, 0), node(1, "p1", "x", 1, 0, 1), node(2, "p2", "y", 2, 1, 2));
        var one = ObservedCascade.of(nodes, false, 1);
        assertThat(one.accounts()).containsExactly("m", "x", "y");
        assertThat(one.hops()).containsExactly(0, 1, 2);
        // A chain of 3: (3 + 1) / 3.
        assertThat(one.structuralVirality()).isCloseTo(4 / 3.0, within(1e-12));
        assertThat(ObservedCascade.of(nodes, false, 2).hops()).containsExactly(0, 0, 1);
    }
}
