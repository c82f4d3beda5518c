package org.metoodiffusion.forecast;

/**
 * The log-linear baseline's answer for one cascade at one time ({@link LogLinearBaseline}).
 *
 * @param eventsUsed events at or before the forecast time (the root included): N_early
 * @param estimate   predicted final size, or null without enough training cascades
 * @param interval   80% prediction interval, or null likewise
 * @param parameters the fitted model (b, noise variance, residual percentiles, training cascades), or null
 * @param training   which cascades it was fitted on
 * @param note       why there is no estimate, or null
 */
public record BaselineForecast(int eventsUsed, Double estimate, Interval interval, LogLinearBaseline.Model parameters,
        String training, String note) {
}
