package org.metoodiffusion.forecast;

import java.time.Instant;

/**
 * A cascade's final size forecast from its events up to a time after its start, by SEISMIC and by
 * the log-linear baseline side by side.
 *
 * @param root             the root as written canonically
 * @param rootLabel        what the root is
 * @param level            post or account
 * @param at               the forecast time after the start, as given ({@code 1h})
 * @param start            the cascade's start: the root post's time, else its first event's
 * @param forecastTime     start + at: the models see only events up to here
 * @param observedSize     events in the data now (timed ones), to compare with when the cascade is over
 * @param untimedEvents    events left out for lack of a time
 * @param weighting        how events are weighted (follower counts, or equal weights when the data has none)
 * @param missingFollowers events whose author has no follower count
 * @param seismic          SEISMIC's forecast
 * @param baseline         the log-linear baseline's forecast
 */
public record Forecast(String root, String rootLabel, String level, String at, Instant start, Instant forecastTime,
        int observedSize, int untimedEvents, String weighting, int missingFollowers, SeismicForecast seismic,
        BaselineForecast baseline) {
}
