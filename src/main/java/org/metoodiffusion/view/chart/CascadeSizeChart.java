package org.metoodiffusion.view.chart;

import static org.metoodiffusion.view.chart.ChartStyle.count;

import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.metoodiffusion.api.BadRequestException;
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
 * Methods that give the same sizes share one series ({@code followee} re-attaches a retweet to
 * another sharer of the same post, inside the same cascade, so it always matches {@code platform});
 * {@code interaction} counts each seed's tree of its forest, without the retweets it left unattached.
 * One extraction per method (cached by the tracer), then O(n) for the sizes, O(k log k) for k cascades.
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
        var samples = new LinkedHashMap<List<Integer>, List<Reconstruction>>();
        long unconnected = 0;
        String label = null;
        for (Reconstruction method : Reconstruction.values()) {
            Cascade cascade = cascades.cascade(root, Level.POST, method);
            label = cascade.rootLabel();
            int[] sizes = CascadeSizes.ofSeeds(cascade);
            Arrays.sort(sizes);
            samples.computeIfAbsent(Arrays.stream(sizes).boxed().toList(), key -> new ArrayList<>()).add(method);
            unconnected = Math.max(unconnected, cascade.size() - cascade.treeSize());
        }
        var distributions = new ArrayList<SizeDistribution>();
        samples.forEach((sizes, methods) -> distributions.add(distribution(methods, sizes)));
        var subtitles = new ArrayList<String>();
        subtitles.add(count(distributions.get(0).sizes().length) + " cascades, one per post of " + label
                + "; size = the post and its replies, quotes and retweets at any depth");
        subtitles.add("P(size ≥ s) on log-log axes, after Vosoughi, Roy & Aral, Science 2018, Fig. 2");
        var notes = new ArrayList<String>();
        distributions.stream().filter(d -> d.methods().size() > 1).forEach(d -> notes.add(d.ccdf().legend()
                .replaceFirst(":.*", "") + ": the same sizes" + (d.methods().contains(Reconstruction.INTERACTION) ? ""
                : " (followee re-attaches retweets within their cascade)")));
        if (unconnected > 0) {
            notes.add("interaction: " + count(unconnected) + " retweets unattached, in no cascade");
        }
        if (!notes.isEmpty()) {
            subtitles.add(String.join(" · ", notes));
        }
        return new CascadeSizeChartData("Cascade size distribution (CCDF): " + label, subtitles, distributions);
    }

    public JFreeChart chart(CascadeSizeChartData data) {
        var dataset = new XYSeriesCollection();
        var renderer = ChartStyle.renderer(true, true);
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
        var sizeAxis = new DecadeAxis("cascade size s (posts)", "#,##0", 0.8, Math.max(10, largest * 1.5));
        var shareAxis = new DecadeAxis("P(size ≥ s)", "0.######", Math.min(0.08, 0.6 / most), 1.4);
        var plot = new XYPlot(dataset, sizeAxis, shareAxis, renderer);
        plot.setNoDataMessage("no cascades");
        ChartStyle.grid(plot);
        return ChartStyle.framed(plot, data.title(), data.subtitles());
    }

    private static SizeDistribution distribution(List<Reconstruction> methods, List<Integer> sorted) {
        int[] sizes = sorted.stream().mapToInt(Integer::intValue).toArray();
        int largest = sizes.length == 0 ? 0 : sizes[sizes.length - 1];
        String name = methods.stream().map(Reconstruction::label).collect(Collectors.joining(" = "));
        String legend = name + ": " + count(sizes.length) + " cascades, largest " + count(largest);
        return new SizeDistribution(methods, sizes, largest, new Curve(methods.get(0).label(), legend, Ccdf.of(sizes)));
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
