/**
 * Charts of the spread, drawn with JFreeChart (SVG through JFreeSVG), headless: the adoption curve of
 * a root ({@link org.metoodiffusion.view.chart.AdoptionChart}) and the size distribution of a
 * hashtag's cascades as a CCDF on log-log axes, per reconstruction
 * ({@link org.metoodiffusion.view.chart.CascadeSizeChart}). Each chart is built in two steps: its data
 * as typed records (what the tests check), then the picture. Colours and fonts are in
 * {@link org.metoodiffusion.view.chart.ChartStyle}, so the charts agree with each other and with the
 * graph renders.
 */
package org.metoodiffusion.view.chart;
