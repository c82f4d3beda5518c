/**
 * Forecasting a cascade's final size from its first hours, two models side by side: {@link
 * org.metoodiffusion.forecast.Seismic} (a self-exciting point process with the paper's
 * {@link org.metoodiffusion.forecast.MemoryKernel}, follower-weighted) and the
 * {@link org.metoodiffusion.forecast.LogLinearBaseline} of Szabo &amp; Huberman, fitted on the graph's
 * other cascades ({@link org.metoodiffusion.forecast.ForecastCorpus}, leave-one-out). Cascades come
 * from the tracer ({@link org.metoodiffusion.trace.CascadeService}); {@link
 * org.metoodiffusion.forecast.ForecastEvaluation} scores both models against observed final sizes,
 * {@link org.metoodiffusion.forecast.HawkesSimulator} generates cascades whose truth is known.
 * See {@code docs/forecast.md}.
 */
package org.metoodiffusion.forecast;
