package org.metoodiffusion.view.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.metoodiffusion.api.BadRequestException;
import org.metoodiffusion.support.EmptyGraphTest;
import org.metoodiffusion.trace.Adoption;
import org.metoodiffusion.trace.Basis;
import org.metoodiffusion.trace.CascadeService;
import org.metoodiffusion.trace.Level;
import org.metoodiffusion.trace.Reconstruction;
import org.metoodiffusion.trace.Root;
import org.metoodiffusion.view.chart.ChartFixture.FixturePost;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the charts draw, on {@link ChartFixture}, against answers the test works out from the
 * fixture's declaration: the CCDF of the cascade sizes, P(size &ge; s) = #(sizes &ge; s) / n, and
 * the adoption curves' ends at the totals of posts, accounts and each attribution class.
 */
class ChartDataTests extends EmptyGraphTest {

    private static final Root METOO = new Root(Root.Kind.HASHTAG, "metoo");

    @Autowired
    CascadeSizeChart sizes;

    @Autowired
    AdoptionChart adoption;

    @Autowired
    CascadeService cascades;

    @BeforeEach
    void fixture() {
        ChartFixture.create(driver);
    }

    @Test
    void ccdfPerReconstructionIsTheShareOfCascadesAtLeastEachSize() {
        var data = sizes.data(METOO);

        var followee = cascades.cascade(METOO, Level.POST, Reconstruction.FOLLOWEE);
        assertThat(IntStream.range(0, followee.size()).mapToObj(followee::basis)).as("followee re-attached a retweet")
                .contains(Basis.FOLLOWEE);
        // ...inside its cascade: followee gives platform's sizes, one series for both. Interaction drops the unattached retweets.
        assertThat(data.distributions()).extracting(SizeDistribution::methods).containsExactly(
                List.of(Reconstruction.PLATFORM, Reconstruction.FOLLOWEE), List.of(Reconstruction.INTERACTION));
        assertCcdf(data.distributions().get(0), ChartFixture.hashtagCascadeSizes(true));
        assertCcdf(data.distributions().get(1), ChartFixture.hashtagCascadeSizes(false));
        long retweets = ChartFixture.POSTS.stream().filter(p -> "RETWEET_OF".equals(p.kind())).count();
        assertThat(data.subtitles().get(2)).contains("platform = followee: the same sizes",
                "interaction: " + retweets + " retweets unattached");
        assertThat(data.distributions().get(0).ccdf().legend()).isEqualTo("platform = followee: 6 cascades, largest 6");
    }

    @Test
    void adoptionCurvesEndAtTheFixturesTotals() {
        var data = adoption.data(METOO, Reconstruction.PLATFORM, null, Adoption.Bucket.HOUR, ChartScale.LINEAR);

        var posts = new ArrayList<FixturePost>();
        ChartFixture.POSTS.stream().filter(FixturePost::tagged).forEach(p -> posts.addAll(ChartFixture.cascade(p.id(), true)));
        var adopters = ChartFixture.authors(posts);
        var milano = ChartFixture.authors(ChartFixture.cascade(ChartFixture.MILANO, true));
        var burke = new TreeSet<String>();
        ChartFixture.POSTS.stream().filter(p -> p.author().equals(ChartFixture.BURKE_ACCOUNT))
                .forEach(p -> burke.addAll(ChartFixture.authors(ChartFixture.cascade(p.id(), true))));
        Map<String, Long> expected = new HashMap<>(Map.of("milano", 0L, "burke", 0L, "both", 0L, "neither", 0L));
        for (String account : adopters) {
            boolean m = milano.contains(account);
            boolean b = burke.contains(account);
            expected.merge(m && b ? "both" : m ? "milano" : b ? "burke" : "neither", 1L, Long::sum);
        }
        assertThat(expected.get("both")).as("the fixture has each class").isPositive();

        assertThat(last(data.posts())).isEqualTo(posts.size());
        assertThat(last(data.accounts("all"))).isEqualTo(adopters.size());
        expected.forEach((key, total) -> assertThat(last(data.accounts(key))).as(key).isEqualTo(total.doubleValue()));
        assertThat(data.accounts()).extracting(Curve::key).containsExactly("milano", "burke", "both", "neither", "all");
        long first = posts.stream().mapToLong(FixturePost::millis).min().orElseThrow();
        assertThat(data.rootTime()).isEqualTo(first);
        assertThat(data.rootMarker()).isEqualTo("first post, 16 Oct 2017 01:00 UTC");
        // Hourly buckets from 01:00 on the 16th to 08:00 on the 17th, each point at its bucket's end.
        assertThat(data.posts().points()).hasSize(32);
        assertThat(data.posts().points().get(0).x()).isEqualTo(first + 3_600_000);
    }

    @Test
    void adoptionOfMilanosTweetMarksItsTimeAndOnLogScaleDropsZeros() {
        var data = adoption.data(Root.MILANO, Reconstruction.PLATFORM, null, Adoption.Bucket.HOUR, ChartScale.LOG);

        var cascade = ChartFixture.cascade(ChartFixture.MILANO, true);
        assertThat(last(data.posts())).isEqualTo(cascade.size());
        assertThat(data.rootTime()).isEqualTo(cascade.get(0).millis());
        assertThat(data.rootMarker()).isEqualTo("root, 15 Oct 2017 20:21 UTC");
        for (Curve curve : data.accounts()) {
            assertThat(curve.points()).allSatisfy(point -> assertThat(point.y()).isPositive());
        }
        // Nobody from Burke's tree joined Milano's cascade: an empty curve, still in the legend.
        assertThat(data.accounts("burke").points()).isEmpty();
        assertThat(data.accounts("burke").legend()).isEqualTo("from Burke (0)");
    }

    @Test
    void renderingWritesNothingToStandardOutput() {
        var charts = List.of(sizes.chart(sizes.data(METOO)),
                adoption.chart(adoption.data(METOO, Reconstruction.PLATFORM, null, Adoption.Bucket.HOUR, ChartScale.LOG)));
        var captured = new ByteArrayOutputStream();
        var original = System.out;
        System.setOut(new PrintStream(captured, true));
        try {
            for (var chart : charts) {
                for (ChartFormat format : ChartFormat.values()) {
                    assertThat(format.encode(chart, ChartSize.DEFAULT)).isNotEmpty();
                }
            }
        } finally {
            System.setOut(original);
        }
        assertThat(captured.toString()).isEmpty();
    }

    @Test
    void aPostHasOneCascadeNotADistribution() {
        assertThatThrownBy(() -> sizes.data(Root.MILANO)).isInstanceOf(BadRequestException.class)
                .hasMessageContaining("single cascade");
        assertThatThrownBy(() -> CascadeSizeChart.root("metoo", "burke")).isInstanceOf(BadRequestException.class);
        assertThat(CascadeSizeChart.root("#MeToo", null)).isEqualTo(METOO);
        assertThat(CascadeSizeChart.root(null, null)).isEqualTo(METOO);
    }

    /** The curve, worked out here: for each distinct size s, the share of cascades of size s or more. */
    private static void assertCcdf(SizeDistribution distribution, List<Integer> sizes) {
        assertThat(distribution.sizes()).containsExactlyInAnyOrder(sizes.stream().mapToInt(Integer::intValue).toArray());
        Set<Integer> distinct = new TreeSet<>(sizes);
        var points = distribution.ccdf().points();
        assertThat(points).hasSize(distinct.size());
        int i = 0;
        for (int s : distinct) {
            double share = (double) sizes.stream().filter(size -> size >= s).count() / sizes.size();
            assertThat(points.get(i).x()).isEqualTo(s);
            assertThat(points.get(i).y()).as("P(size >= %d)", s).isCloseTo(share, within(1e-12));
            i++;
        }
        assertThat(distribution.largest()).isEqualTo(sizes.stream().mapToInt(Integer::intValue).max().orElse(0));
    }

    private static double last(Curve curve) {
        return curve.points().get(curve.points().size() - 1).y();
    }
}
