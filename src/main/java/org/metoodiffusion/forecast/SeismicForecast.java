package org.metoodiffusion.forecast;

/**
 * SEISMIC's answer for one cascade at one time.
 *
 * @param eventsUsed     events at or before the forecast time (the root included): all the model saw
 * @param estimate       predicted final size, in events (the root included)
 * @param interval       80% prediction interval of the final size
 * @param infectiousness p_t, the estimated infectiousness (reshares per follower reached)
 * @param branching      n* p_t, the expected reshares each new reshare brings
 * @param supercritical  whether n* p_t &gt;= 1: the paper's formula diverges and the estimate uses a capped branching
 * @param note           what to know about this answer (supercritical cap, too few events), or null
 * @param corrected      the estimate after the linear-in-log correction fitted on other cascades, or null
 * @param parameters     the model's parameters
 */
public record SeismicForecast(int eventsUsed, double estimate, Interval interval, double infectiousness,
        double branching, boolean supercritical, String note, Corrected corrected, Parameters parameters) {

    /**
     * SEISMIC after the {@link LinearInLog} correction.
     *
     * @param estimate   corrected final size
     * @param interval   80% interval from the correction's residuals
     * @param parameters the fitted correction
     * @param training   which cascades it was fitted on
     * @param note       a warning (the formula's estimate outside the training range), or null
     */
    public record Corrected(double estimate, Interval interval, LinearInLog.Model parameters, String training,
            String note) {
    }

    /**
     * @param s0                kernel: seconds of the constant part
     * @param theta             kernel: power-law exponent
     * @param c                 kernel: the constant, per second
     * @param alpha             the prediction formula's alpha (1: the branching-process value)
     * @param nStar             n*, the mean weight of a future reshare (mean follower count; 1 with equal weights)
     * @param weightVariance    variance of a reshare's weight (the interval's overdispersion)
     * @param audienceBasis     where n* comes from
     * @param exposure          sum over events of weight times integral of phi up to the forecast time
     * @param remainingExposure N^e_t: sum over events of weight times the rest of phi's integral
     * @param maxBranching      the cap on n* p_t when the cascade looks supercritical
     * @param intervalDraws     Monte Carlo draws behind the interval
     * @param seed              their seed
     */
    public record Parameters(double s0, double theta, double c, double alpha, double nStar, double weightVariance,
            String audienceBasis, double exposure, double remainingExposure, double maxBranching, int intervalDraws,
            long seed) {
    }
}
