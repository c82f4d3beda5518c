/**
 * Charts of the spread, drawn with JFreeChart (SVG through JFreeSVG), headless: the adoption curve of
 * a root ({@link org.metoodiffusion.view.chart.AdoptionChart}) and the size distribution of a
 * hashtag's cascades as a CCDF on log-log axes, per reconstruction
 * ({@link org.metoodiffusion.view.chart.CascadeSizeChart}). Each chart is built in two steps: its data
 * as typed records (what the tests check against numbers worked out from the fixture), then the
 * picture. The numbers come from the tracer ({@code trace}): no query of its own. Colours are the
 * one style's ({@code viz/web/style.json}), assigned and framed in
 * {@link org.metoodiffusion.view.chart.ChartStyle}, so the charts agree with each other, with the
 * cascade pictures and with the viewer.
 */
package org.metoodiffusion.view.chart;
