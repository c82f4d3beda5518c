package org.metoodiffusion.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.metoodiffusion.api.NotFoundException;
import org.metoodiffusion.support.EmptyGraphTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Account-level activation cascades on {@link InteractionFixture}, checked against earliest arrival over the raw tuples. */
class AccountCascadeTests extends EmptyGraphTest {

    private static final Root ROOT = Root.parse("account:" + InteractionFixture.ROOT);

    @Autowired
    CascadeService cascades;

    @Autowired
    InfluencePaths paths;

    @Autowired
    Adoption adoption;

    @BeforeEach
    void fixture() {
        InteractionFixture.create(driver);
    }

    @Test
    void anAccountWithInteractionsAndNoPostsIsTracedByFirstActivation() {
        Cascade cascade = cascades.cascade(ROOT, Reconstruction.PLATFORM);

        assertThat(cascade.level()).isEqualTo(Level.ACCOUNT);
        assertThat(activations(cascade)).isEqualTo(InteractionFixture.expected(InteractionFixture.TUPLES, InteractionFixture.ROOT));
        // Worked out by hand too: B's mention at +5 s and C's retweet at +15 s came before their targets were active.
        assertThat(activations(cascade)).containsEntry("1002", new InteractionFixture.Activation("1001", 20, "reply", 2))
                .containsEntry("1003", new InteractionFixture.Activation("1000", 30, "mention", 1))
                .containsEntry("1005", new InteractionFixture.Activation("1004", 40, "retweet", 3))
                .containsEntry("1008", new InteractionFixture.Activation("1002", 45, "retweet", 3))
                .doesNotContainKeys("1006", "1007");
        assertThat(cascade.node(0)).extracting(CascadeNode::account, CascadeNode::post, CascadeNode::link)
                .containsExactly("1000", null, Link.ROOT);
        for (int i = 1; i < cascade.size(); i++) {
            assertThat(cascade.post(i)).isNull();
            assertThat(cascade.basis(i)).isEqualTo(Basis.FIRST_ACTIVATION);
            assertThat(cascade.time(i)).isGreaterThanOrEqualTo(cascade.time(cascade.parent(i)));
        }
    }

    @Test
    void metricsOfTheActivationCascade() {
        CascadeMetrics metrics = cascades.metrics(ROOT, null, Reconstruction.PLATFORM);

        assertThat(metrics.level()).isEqualTo("account");
        assertThat(metrics.posts()).isZero();
        assertThat(metrics.accounts()).isEqualTo(7);
        assertThat(metrics.depth()).isEqualTo(3);
        assertThat(metrics.breadthByDepth()).containsExactly(1, 2, 2, 2);
        assertThat(metrics.maxBreadth()).isEqualTo(2);
        Cascade cascade = cascades.cascade(ROOT, Reconstruction.PLATFORM);
        assertThat(metrics.structuralVirality()).isCloseTo(StructuralVirality.bruteForce(cascade.tree()), within(1e-12));
        // The root's time is its first spread (A's retweet at +10 s); the last activation is H's at +45 s.
        assertThat(metrics.start()).isEqualTo(Instant.ofEpochSecond(InteractionFixture.START + 10));
        assertThat(metrics.durationSeconds()).isEqualTo(35);
        assertThat(metrics.secondsToDepth()).containsExactly(0L, 0L, 10L, 30L);
        assertThat(metrics.firstAdopters()).extracting(Adopter::account)
                .containsExactly("1001", "1002", "1003", "1004", "1005", "1008");
        assertThat(TopAccounts.of(cascade, 1)).extracting(AccountReach::account, AccountReach::descendants)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1000", 6L));
    }

    @Test
    void influencePathsRunThroughFirstActivations() {
        InfluencePath path = paths.to(ROOT, "account:1005", null, Reconstruction.PLATFORM);
        assertThat(path.level()).isEqualTo("account");
        assertThat(path.reachable()).isTrue();
        assertThat(path.timeRespecting()).isTrue();
        assertThat(path.hops()).extracting(Hop::fromAccount).containsExactly("1000", "1003", "1004");
        assertThat(path.hops()).extracting(Hop::kind).containsExactly(Link.MENTION, Link.RETWEET, Link.RETWEET);
        assertThat(paths.to(ROOT, "1002", null, Reconstruction.PLATFORM).hops()).extracting(Hop::toAccount)
                .containsExactly("1001", "1002");

        InfluencePath unreached = paths.to(ROOT, "account:1006", null, Reconstruction.PLATFORM);
        assertThat(unreached.reachable()).isFalse();
        assertThat(unreached.reason()).contains("not in the cascade").contains("after that account's activation");
    }

    @Test
    void adoptionCountsActivations() {
        AdoptionSeries series = adoption.of(ROOT, null, Reconstruction.PLATFORM, Adoption.Bucket.HOUR);
        assertThat(series.level()).isEqualTo("account");
        assertThat(series.posts()).isZero();
        assertThat(series.accounts()).isEqualTo(7);
        assertThat(series.buckets()).singleElement().satisfies(bucket -> {
            assertThat(bucket.newAccounts()).isEqualTo(7);
            assertThat(bucket.start()).isEqualTo(Instant.ofEpochSecond(InteractionFixture.START));
        });
    }

    @Test
    void theLevelIsChosenForTheRootOrForcedWhereItApplies() {
        driver.executableQuery("""
                MATCH (a:Account {id: '1001'})
                CREATE (a)-[:POSTED]->(:Post {id: '5000', createdAt: datetime('2012-07-01T00:00:10Z')}),
                       (:Account {id: '1009'})-[:POSTED]->(:Post {id: '5001', createdAt: datetime('2012-07-01T00:00:11Z')})
                """).execute();
        // A posted, so it is traced at post level as before; asked for, its activation cascade.
        assertThat(cascades.cascade(Root.parse("account:1001"), Reconstruction.PLATFORM))
                .satisfies(c -> assertThat(c.level()).isEqualTo(Level.POST)).satisfies(c -> assertThat(c.post(1)).isEqualTo("5000"));
        assertThat(cascades.cascade(Root.parse("account:1001"), Level.ACCOUNT, Reconstruction.PLATFORM).level())
                .isEqualTo(Level.ACCOUNT);
        // Forced to post level, the interaction-only root is a virtual root with no posts, as before.
        assertThat(cascades.cascade(ROOT, Level.POST, Reconstruction.PLATFORM).size()).isEqualTo(1);

        assertThatThrownBy(() -> cascades.cascade(Root.parse("account:1009"), Level.ACCOUNT, Reconstruction.PLATFORM))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("no account-level interactions")
                .hasMessageContaining("post level");
        assertThatThrownBy(() -> cascades.cascade(ROOT, Reconstruction.FOLLOWEE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not apply at account level");
        assertThatThrownBy(() -> cascades.cascade(Root.parse("post:5000"), Level.ACCOUNT, Reconstruction.PLATFORM))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("account root");
        assertThatThrownBy(() -> Level.parse("tweet")).isInstanceOf(IllegalArgumentException.class);
        assertThat(cascades.compare(ROOT, null, null, 3)).singleElement()
                .satisfies(c -> assertThat(c.metrics().method()).isEqualTo("platform"));
    }

    /** Each activated account (the root left out) to its parent account, time, link and depth. */
    private static Map<String, InteractionFixture.Activation> activations(Cascade cascade) {
        Map<String, InteractionFixture.Activation> tree = new HashMap<>();
        for (int i = 1; i < cascade.size(); i++) {
            CascadeNode node = cascade.node(i);
            tree.put(node.account(), new InteractionFixture.Activation(cascade.node(node.parent()).account(),
                    node.time().getEpochSecond() - InteractionFixture.START, node.link().name().toLowerCase(Locale.ROOT),
                    node.depth()));
        }
        return tree;
    }
}
