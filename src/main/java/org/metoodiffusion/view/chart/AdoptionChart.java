package org.metoodiffusion.view.chart;

import static org.metoodiffusion.view.chart.ChartStyle.count;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.metoodiffusion.trace.Adoption;
import org.metoodiffusion.trace.AdoptionBucket;
import org.metoodiffusion.trace.AdoptionSeries;
import org.metoodiffusion.trace.AttributionCategory;
import org.metoodiffusion.trace.Cascade;
import org.metoodiffusion.trace.CascadeService;
import org.metoodiffusion.trace.Level;
import org.metoodiffusion.trace.Reconstruction;
import org.metoodiffusion.trace.Root;
import org.springframework.stereotype.Component;

/**
 * Adoption over time for a root: cumulative new accounts, one line per attribution class (Milano,
 * Burke, both, neither) and one for all, over cumulative posts, on a shared time axis with the root's
 * time marked. The numbers are the {@link Adoption} service's, each plotted at its bucket's end (the
 * count reached by then). At account level attribution does not apply (no posts to trace to Milano or
 * Burke): one series, accounts by first activation.
 */
@Component
public class AdoptionChart {

    private static final DateTimeFormatter MARKER_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final Adoption adoption;
    private final CascadeService cascades;

    AdoptionChart(Adoption adoption, CascadeService cascades) {
        this.adoption = adoption;
        this.cascades = cascades;
    }

    /**
     * @param level post or account, or null to choose for the root (as {@link Adoption#of} does)
     * @throws org.metoodiffusion.api.BadRequestException for a level or method that does not apply
     * @throws org.metoodiffusion.api.NotFoundException   when the root is not in the graph
     */
    public AdoptionChartData data(Root root, Reconstruction method, Level level, Adoption.Bucket bucket,
            ChartScale scale) {
        AdoptionSeries series = adoption.of(root, level, method, bucket);
        Cascade cascade = cascades.cascade(root, level, method);
        boolean accountLevel = cascade.level() == Level.ACCOUNT;
        long bucketMillis = bucket.millis();
        var accounts = new ArrayList<Curve>();
        if (accountLevel) {
            accounts.add(curve("accounts", "accounts (" + count(series.accounts()) + ")", series, bucketMillis, scale,
                    AdoptionBucket::cumulativeAccounts));
        } else {
            for (AttributionCategory category : AttributionCategory.values()) {
                long[] running = new long[1];
                accounts.add(curve(category.label(), legend(category) + " (" + count(series.accountsByRoot()
                        .get(category.label())) + ")", series, bucketMillis, scale,
                        b -> running[0] += b.newAccountsByRoot().get(category.label())));
            }
            accounts.add(curve("all", "all accounts (" + count(series.accounts()) + ")", series, bucketMillis, scale,
                    AdoptionBucket::cumulativeAccounts));
        }
        Curve posts = accountLevel ? null : curve("posts", "posts (" + count(series.posts()) + ")", series, bucketMillis,
                scale, AdoptionBucket::cumulativePosts);
        Long rootTime = rootTime(cascade, series);
        String marker = rootTime == null ? null : (cascade.isVirtual(0) ? "first post, " : "root, ")
                + MARKER_TIME.format(Instant.ofEpochMilli(rootTime));
        return new AdoptionChartData("Adoption over time: " + cascade.rootLabel(),
                subtitles(series, accountLevel, scale, cascade.rootLabel()), scale, accounts, posts, rootTime, marker);
    }

    public JFreeChart chart(AdoptionChartData data) {
        var time = AdoptionPlots.timeAxis(data);
        var plot = new CombinedDomainXYPlot(time);
        plot.setGap(14);
        plot.add(AdoptionPlots.panel(data.accounts(), data.posts() == null ? "accounts (cumulative)"
                : "new accounts (cumulative)", data, true), 2);
        if (data.posts() != null) {
            plot.add(AdoptionPlots.panel(List.of(data.posts()), "posts (cumulative)", data, false), 1);
        }
        return ChartStyle.framed(plot, data.title(), data.subtitles());
    }

    private static Curve curve(String key, String legend, AdoptionSeries series, long bucketMillis, ChartScale scale,
            ToLongFunction<AdoptionBucket> cumulative) {
        var points = new ArrayList<ChartPoint>(series.buckets().size());
        for (AdoptionBucket bucket : series.buckets()) {
            long value = cumulative.applyAsLong(bucket);
            if (scale == ChartScale.LINEAR || value > 0) {
                points.add(new ChartPoint(bucket.start().toEpochMilli() + bucketMillis, value));
            }
        }
        // A class nobody joined stays in the legend with its (0) but draws no line along the axis.
        boolean empty = points.isEmpty() || points.get(points.size() - 1).y() == 0;
        return new Curve(key, legend, empty ? List.of() : points);
    }

    /** The root post's time; for a virtual root (origin, account, hashtag) the first dated post of the cascade. */
    private static Long rootTime(Cascade cascade, AdoptionSeries series) {
        if (cascade.time(0) != Cascade.UNKNOWN_TIME) {
            return cascade.time(0);
        }
        long first = Long.MAX_VALUE;
        for (int i = 1; i < cascade.size(); i++) {
            if (cascade.time(i) != Cascade.UNKNOWN_TIME) {
                first = Math.min(first, cascade.time(i));
            }
        }
        return first == Long.MAX_VALUE ? null : first;
    }

    private static List<String> subtitles(AdoptionSeries series, boolean accountLevel, ChartScale scale, String label) {
        var lines = new ArrayList<String>();
        lines.add("root " + series.root() + " · " + (series.bucket().equals("hour") ? "hourly" : "daily") + " buckets · "
                + (accountLevel ? "" : "reconstruction " + series.method() + " · ") + count(series.accounts())
                + " accounts" + (accountLevel ? "" : ", " + count(series.posts()) + " posts")
                + (series.undatedPosts() > 0 ? " (" + count(series.undatedPosts()) + " undated posts left out)" : "")
                + " · " + scale.label() + " scale" + (scale == ChartScale.LOG ? " (zero counts not drawn)" : ""));
        if (accountLevel) {
            lines.add("Account level (timed interactions, no posts): accounts by first activation; "
                    + "attribution to Milano or Burke does not apply here.");
        } else {
            lines.add("New accounts by attribution: descending from Milano's tweet, Burke's origin, both, or neither"
                    + " (among the users of #metoo).");
        }
        if (series.buckets().isEmpty()) {
            lines.add("No dated posts in the cascade of " + label + ": nothing to draw.");
        }
        return lines;
    }

    private static String legend(AttributionCategory category) {
        return switch (category) {
            case MILANO -> "from Milano";
            case BURKE -> "from Burke";
            case BOTH -> "from both";
            case NEITHER -> "from neither";
        };
    }
}
