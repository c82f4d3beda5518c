package org.metoodiffusion.view.chart;

import static org.metoodiffusion.view.chart.ChartStyle.count;

import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.metoodiffusion.api.BadRequestException;
import org.metoodiffusion.trace.Basis;
import org.metoodiffusion.trace.Cascade;
import org.metoodiffusion.trace.CascadeService;
import org.metoodiffusion.trace.CascadeSizes;
import org.metoodiffusion.trace.Level;
import org.metoodiffusion.trace.Reconstruction;
import org.metoodiffusion.trace.Root;
import org.springframework.stereotype.Component;

/**
 * The size distribution of the cascades a hashtag starts, as Vosoughi, Roy &amp; Aral plot it ("The
 * spread of true and false news online", Science 359, 2018, Fig. 2): each post carrying the hashtag
 * starts one cascade (its replies, quotes and retweets at any depth, {@link CascadeSizes}), and the
 * chart shows P(size &ge; s) against s on log-log axes ({@link Ccdf}), one series per reconstruction.
 * {@code followee} is drawn only where it re-attaches at least one retweet (it needs follows; without
 * them it equals {@code platform}); {@code interaction} counts each seed's tree of its forest. One
 * extraction per method (cached by the tracer), then O(n) for the sizes and O(k log k) for k cascades.
 */
@Component
public class CascadeSizeChart {

    public static final String DEFAULT_ROOT = "#metoo";

    private final CascadeService cascades;

    CascadeSizeChart(CascadeService cascades) {
        this.cascades = cascades;
    }

    /**
     * The root of the chart from a request: {@code tag} (with or without '#') or {@code root}, not both;
     * neither gives {@value #DEFAULT_ROOT}.
     */
    public static Root root(String tag, String root) {
        boolean hasTag = tag != null && !tag.isBlank();
        boolean hasRoot = root != null && !root.isBlank();
        if (hasTag && hasRoot) {
            throw new BadRequestException("Give tag or root, not both.");
        }
        return Root.parse(hasTag ? "hashtag:" + tag.strip().replaceFirst("^#", "") : hasRoot ? root : DEFAULT_ROOT);
    }

    /** @throws BadRequestException for a post root: a single cascade, not a population of them */
    public CascadeSizeChartData data(Root root) {
        if (root.kind() == Root.Kind.POST) {
            throw new BadRequestException(root + " is a single cascade; cascade sizes are those of the cascades a "
                    + "hashtag, an origin or an account's posts start, e.g. #metoo or burke.");
        }
        var distributions = new ArrayList<SizeDistribution>();
        var notes = new ArrayList<String>();
        String label = null;
        for (Reconstruction method : Reconstruction.values()) {
            Cascade cascade = cascades.cascade(root, Level.POST, method);
            label = cascade.rootLabel();
            if (method == Reconstruction.FOLLOWEE && !reattachesAny(cascade)) {
                notes.add("followee not drawn: no retweeter follows an earlier sharer, so it equals platform");
                continue;
            }
            distributions.add(distribution(method, cascade));
        }
        var interaction = distributions.get(distributions.size() - 1);
        if (interaction.unconnected() > 0) {
            notes.add("interaction: " + count(interaction.unconnected())
                    + " retweets it could not attach are in no cascade");
        }
        int seeds = distributions.get(0).sizes().length;
        var subtitles = new ArrayList<String>();
        subtitles.add(count(seeds) + " cascades: each post of " + label + " with its replies, quotes and "
                + "retweets at any depth; size = posts in it, the seed included");
        subtitles.add("P(size ≥ s) on log-log axes, after Vosoughi, Roy & Aral, Science 2018, Fig. 2"
                + (notes.isEmpty() ? "" : " · " + String.join(" · ", notes)));
        return new CascadeSizeChartData("Cascade size distribution (CCDF): " + label, subtitles, distributions);
    }

    public JFreeChart chart(CascadeSizeChartData data) {
        var dataset = new XYSeriesCollection();
        var renderer = new XYLineAndShapeRenderer(true, true);
        int largest = 1;
        int most = 1;
        for (SizeDistribution distribution : data.distributions()) {
            var series = new XYSeries(distribution.ccdf().legend(), false, true);
            distribution.ccdf().points().forEach(point -> series.add(point.x(), point.y()));
            int index = dataset.getSeriesCount();
            dataset.addSeries(series);
            renderer.setSeriesPaint(index, ChartStyle.method(distribution.method()));
            renderer.setSeriesStroke(index, ChartStyle.THIN_LINE);
            renderer.setSeriesShape(index, shape(distribution.method()));
            renderer.setSeriesShapesFilled(index, false);
            largest = Math.max(largest, distribution.largest());
            most = Math.max(most, distribution.sizes().length);
        }
        var sizeAxis = ChartStyle.logAxis("cascade size s (posts)", "#,##0");
        sizeAxis.setRange(0.7, Math.max(10, largest * 1.5));
        var shareAxis = ChartStyle.logAxis("P(size ≥ s)", "0.#####");
        shareAxis.setRange(Math.min(0.1, 0.7 / most), 1.5);
        var plot = new XYPlot(dataset, sizeAxis, shareAxis, renderer);
        plot.setNoDataMessage("no cascades");
        ChartStyle.grid(plot);
        return ChartStyle.framed(plot, data.title(), data.subtitles());
    }

    private static SizeDistribution distribution(Reconstruction method, Cascade cascade) {
        int[] sizes = CascadeSizes.ofSeeds(cascade);
        int largest = 0;
        for (int size : sizes) {
            largest = Math.max(largest, size);
        }
        long unconnected = cascade.size() - cascade.treeSize();
        String legend = method.label() + ": " + count(sizes.length) + " cascades, largest "
                + count(largest);
        return new SizeDistribution(method, sizes, largest, unconnected, new Curve(method.label(), legend, Ccdf.of(sizes)));
    }

    private static boolean reattachesAny(Cascade cascade) {
        for (int i = 1; i < cascade.size(); i++) {
            if (cascade.basis(i) == Basis.FOLLOWEE) {
                return true;
            }
        }
        return false;
    }

    /** Circle, square, triangle: the methods part by shape as well as colour. */
    private static Shape shape(Reconstruction method) {
        return switch (method) {
            case PLATFORM -> new Ellipse2D.Double(-4, -4, 8, 8);
            case FOLLOWEE -> new Rectangle2D.Double(-3.5, -3.5, 7, 7);
            case INTERACTION -> {
                var triangle = new Path2D.Double();
                triangle.moveTo(0, -5);
                triangle.lineTo(4.5, 3.5);
                triangle.lineTo(-4.5, 3.5);
                triangle.closePath();
                yield triangle;
            }
        };
    }
}
