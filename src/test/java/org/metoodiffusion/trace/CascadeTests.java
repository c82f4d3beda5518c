package org.metoodiffusion.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.metoodiffusion.support.EmptyGraphTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Extraction, reconstruction and metrics on {@link CascadeFixture}, worked out on paper. */
class CascadeTests extends EmptyGraphTest {

    @Autowired
    CascadeService cascades;

    @Autowired
    InfluencePaths paths;

    @BeforeEach
    void fixture() {
        CascadeFixture.create(driver);
    }

    @Test
    void platformCascadeIsTheReplyTreePlusQuotesAndRetweets() {
        Cascade cascade = cascades.cascade(new Root(Root.Kind.POST, CascadeFixture.ROOT), Reconstruction.PLATFORM);

        assertThat(CascadeFixture.parents(cascade)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "101", "100", "102", "101", "103", "100", "104", "100", "105", "100", "106", "100", "107", "103"));
        CascadeMetrics metrics = CascadeMetrics.of(cascade);
        assertThat(metrics.posts()).isEqualTo(8);
        assertThat(metrics.accounts()).isEqualTo(8);
        assertThat(metrics.depth()).isEqualTo(2);
        assertThat(metrics.breadthByDepth()).containsExactly(1, 5, 2);
        assertThat(metrics.maxBreadth()).isEqualTo(5);
        // subtree sizes 2,1,2,1,1,1,1 of n = 8: sum of s(n-s) = 59, v = 2*59/(8*7)
        assertThat(metrics.structuralVirality()).isCloseTo(118.0 / 56, within(1e-12));
        assertThat(metrics.durationSeconds()).isEqualTo(7 * 60);
        assertThat(metrics.secondsToDepth()).containsExactly(0L, 60L, 120L);
        assertThat(metrics.secondsToAccounts()).containsExactly(Map.entry(1, 0L));
        assertThat(metrics.firstAdopters()).extracting(Adopter::username).containsExactly("B", "C", "D", "E", "F", "G", "H");
        assertThat(metrics.unconnectedPosts()).isZero();
    }

    @Test
    void followeeReconstructionChainsRetweetsThroughFolloweesWhoSharedEarlier() {
        Cascade cascade = cascades.cascade(new Root(Root.Kind.POST, CascadeFixture.ROOT), Reconstruction.FOLLOWEE);

        assertThat(CascadeFixture.parents(cascade)).containsAllEntriesOf(Map.of("104", "100", "105", "104", "106", "105", "107", "103"));
        assertThat(basis(cascade, "104")).isEqualTo(Basis.ORIGINAL_FALLBACK);
        assertThat(basis(cascade, "106")).isEqualTo(Basis.FOLLOWEE);
        assertThat(basis(cascade, "101")).isEqualTo(Basis.RECORDED);
        CascadeMetrics metrics = CascadeMetrics.of(cascade);
        assertThat(metrics.depth()).isEqualTo(3);
        assertThat(metrics.breadthByDepth()).containsExactly(1, 3, 3, 1);
        // subtree sizes 2,1,2,1,3,2,1: sum of s(8-s) = 72
        assertThat(metrics.structuralVirality()).isCloseTo(144.0 / 56, within(1e-12));
    }

    @Test
    void interactionReconstructionLeavesRetweetersWithoutInteractionsUnconnected() {
        Cascade cascade = cascades.cascade(new Root(Root.Kind.POST, CascadeFixture.ROOT), Reconstruction.INTERACTION);

        // 107: H's account-level reply to D counts; its retweet edge to E does not.
        assertThat(CascadeFixture.parents(cascade)).containsAllEntriesOf(Map.of("105", "103", "106", "104", "107", "103"));
        assertThat(CascadeFixture.parents(cascade)).doesNotContainKeys("104");
        assertThat(basis(cascade, "104")).isEqualTo(Basis.UNCONNECTED);
        assertThat(basis(cascade, "106")).isEqualTo(Basis.INTERACTION);
        assertThat(basis(cascade, "107")).isEqualTo(Basis.INTERACTION);
        CascadeMetrics metrics = CascadeMetrics.of(cascade);
        assertThat(metrics.posts()).isEqualTo(6);
        assertThat(metrics.accounts()).isEqualTo(6);
        assertThat(metrics.unconnectedPosts()).isEqualTo(2);
        assertThat(metrics.unconnectedTrees()).isEqualTo(1);
        assertThat(metrics.breadthByDepth()).containsExactly(1, 2, 3);
    }

    @Test
    void structuralViralityMatchesBruteForceOnEveryMethod() {
        for (Reconstruction method : Reconstruction.values()) {
            Cascade cascade = cascades.cascade(new Root(Root.Kind.POST, CascadeFixture.ROOT), method);
            assertThat(StructuralVirality.of(cascade.tree()))
                    .isCloseTo(StructuralVirality.bruteForce(cascade.tree()), within(1e-12));
        }
    }

    @Test
    void influencePathsFollowTheMethodsTreeOrSayWhyThereIsNone() {
        Root root = new Root(Root.Kind.POST, CascadeFixture.ROOT);
        InfluencePath chain = paths.to(root, "account:7", Reconstruction.FOLLOWEE);
        assertThat(chain.reachable()).isTrue();
        assertThat(chain.timeRespecting()).isTrue();
        assertThat(chain.hops()).extracting(Hop::toPost).containsExactly("104", "105", "106");
        assertThat(chain.hops()).extracting(Hop::basis)
                .containsExactly(Basis.ORIGINAL_FALLBACK, Basis.FOLLOWEE, Basis.FOLLOWEE);

        assertThat(paths.to(root, "account:7", Reconstruction.PLATFORM).hops()).extracting(Hop::kind)
                .containsExactly(Link.RETWEET);
        InfluencePath outsider = paths.to(root, "account:9", Reconstruction.PLATFORM);
        assertThat(outsider.reachable()).isFalse();
        assertThat(outsider.reason()).contains("not in the cascade");
        for (String inForest : new String[] {"104", "106"}) {
            InfluencePath unconnected = paths.to(root, inForest, Reconstruction.INTERACTION);
            assertThat(unconnected.reachable()).isFalse();
            assertThat(unconnected.reason()).contains("under the interaction reconstruction no chain of earlier sharers");
        }
    }

    @Test
    void anAccountRootHangsItsPostsUnderAVirtualRoot() {
        Cascade cascade = cascades.cascade(Root.parse("account:4"), Reconstruction.PLATFORM);

        assertThat(cascade.post(0)).isNull();
        assertThat(CascadeFixture.parents(cascade)).containsExactlyInAnyOrderEntriesOf(Map.of("107", "103"));
        assertThat(cascade.node(cascade.indexOfPost("103"))).extracting(CascadeNode::link, CascadeNode::depth)
                .containsExactly(Link.POSTED, 1);
    }

    @Test
    void anUnknownRootIsNotFound() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> cascades.cascade(new Root(Root.Kind.POST, "999"), Reconstruction.PLATFORM))
                .isInstanceOf(org.metoodiffusion.api.NotFoundException.class).hasMessageContaining("999");
    }

    @Test
    void aWriteInvalidatesTheCachedCascade() {
        Root root = new Root(Root.Kind.POST, CascadeFixture.ROOT);
        assertThat(cascades.cascade(root, Reconstruction.PLATFORM).size()).isEqualTo(8);

        driver.executableQuery("MATCH (root:Post {id: '100'}) CREATE (:Post {id: '108'})-[:REPLY_TO]->(root)").execute();

        assertThat(cascades.cascade(root, Reconstruction.PLATFORM).size()).isEqualTo(9);
    }

    /** Child post id to parent post id, for the nodes connected to a parent post. */

    private static Basis basis(Cascade cascade, String post) {
        return cascade.basis(cascade.indexOfPost(post));
    }

}
