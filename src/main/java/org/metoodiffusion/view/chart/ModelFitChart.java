package org.metoodiffusion.view.chart;

import static org.metoodiffusion.view.chart.ChartStyle.count;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.metoodiffusion.influence.ModelFit;
import org.metoodiffusion.trace.Reconstruction;
import org.metoodiffusion.view.style.VizStyle;

/**
 * The adoption curve of a cascade beside its fitted Independent Cascade model's ({@link ModelFit}):
 * accounts within t hops of the seeds observed, and accounts active by step t of the simulations
 * (mean, and the 10th and 90th percentiles as thin lines). Observed in the platform record's colour,
 * simulated in the style's first branch colour ({@link VizStyle}).
 */
public final class ModelFitChart {

    private ModelFitChart() {
    }

    public static JFreeChart chart(ModelFit fit) {
        var observed = new XYSeries("observed (" + count((long) fit.size().observed()) + " accounts)");
        var mean = new XYSeries(String.format(Locale.ENGLISH, "simulated mean (final %.1f)", fit.size().simulated().mean()));
        var low = new XYSeries("simulated 10th percentile");
        var high = new XYSeries("simulated 90th percentile");
        for (ModelFit.AdoptionStep step : fit.adoption()) {
            observed.add(step.step(), step.observed());
            mean.add(step.step(), step.simulatedMean());
            low.add(step.step(), step.simulatedP10());
            high.add(step.step(), step.simulatedP90());
        }
        var dataset = new XYSeriesCollection();
        for (XYSeries series : List.of(observed, mean, low, high)) {
            dataset.addSeries(series);
        }
        Color simulated = VizStyle.get().colour("branch-1");
        var renderer = ChartStyle.renderer(true, true);
        renderer.setSeriesPaint(0, ChartStyle.method(Reconstruction.PLATFORM));
        renderer.setSeriesStroke(0, ChartStyle.LINE);
        for (int series = 1; series <= 3; series++) {
            renderer.setSeriesPaint(series, simulated);
            renderer.setSeriesStroke(series, series == 1 ? ChartStyle.LINE : ChartStyle.MARKER);
            renderer.setSeriesShapesVisible(series, false);
        }
        renderer.setSeriesShape(0, new Ellipse2D.Double(-3, -3, 6, 6));
        renderer.setSeriesShapesVisible(0, true);
        var steps = new NumberAxis("hops from the seeds (observed) / steps (simulated)");
        steps.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ENGLISH));
        var accounts = new NumberAxis("accounts (cumulative)");
        accounts.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ENGLISH));
        var plot = new XYPlot(dataset, steps, accounts, renderer);
        ChartStyle.grid(plot);
        return ChartStyle.framed(plot, "Observed vs fitted Independent Cascade: " + fit.rootLabel(), List.of(
                String.format(Locale.ENGLISH, "root %s · level %s · %s runs, seed %d, from %d first adopter%s · "
                        + "depth %.0f observed, %.1f simulated mean", fit.root(), fit.level(), count(fit.runs()),
                        fit.seed(), fit.seeds().size(), fit.seeds().size() == 1 ? "" : "s", fit.depth().observed(),
                        fit.depth().simulated().mean()),
                "Edge probabilities: static Bernoulli (Goyal, Bonchi & Lakshmanan 2010) over " + count(fit.model().edges())
                        + " responding pairs; simulation steps set against observed hops (the model has no clock)."));
    }
}
