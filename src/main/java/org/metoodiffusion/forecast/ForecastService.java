package org.metoodiffusion.forecast;

import java.time.Duration;

import org.metoodiffusion.api.NotFoundException;
import org.metoodiffusion.trace.CascadeService;
import org.metoodiffusion.trace.Level;
import org.metoodiffusion.trace.Reconstruction;
import org.metoodiffusion.trace.Root;
import org.springframework.stereotype.Service;

/**
 * Forecasts of a cascade's final size ({@link Forecast}): the cascade as the tracer extracts it
 * (platform record; post level, or account level where the root is traced so), cut at the forecast
 * time, and both models trained on the graph's other cascades ({@link TrainingCorpus}).
 */
@Service
public class ForecastService {

    /** Training cascades for the baseline and SEISMIC's correction need at least this many events. */
    public static final int TRAINING_MIN_EVENTS = 10;

    private final CascadeService cascades;
    private final CascadeEvents events;
    private final TrainingCorpus corpus;
    private final Seismic seismic = new Seismic();

    ForecastService(CascadeService cascades, CascadeEvents events, TrainingCorpus corpus) {
        this.cascades = cascades;
        this.events = events;
        this.corpus = corpus;
    }

    /**
     * The graph's cascades at a level, from up to {@code roots} roots, read now (for evaluation).
     */
    public ForecastCorpus corpus(Level level, int roots) {
        return corpus.read(level, roots);
    }

    /**
     * @param level post or account, or null to choose as the tracer does
     * @throws org.metoodiffusion.api.BadRequestException for a level that does not apply
     * @throws NotFoundException                          for an unknown root, or a cascade without timed events
     */
    public Forecast forecast(Root root, Level level, Duration at) {
        var cascade = cascades.cascade(root, level, Reconstruction.PLATFORM);
        var extracted = events.of(cascade);
        if (extracted == null) {
            throw new NotFoundException("The cascade of " + root + " has no event with a known time to forecast from.");
        }
        var training = corpus.of(cascade.level());
        String key = TrainingCorpus.key(cascade);
        var series = extracted.events();
        double seconds = at.toMillis() / 1000.0;
        return new Forecast(root.toString(), cascade.rootLabel(), cascade.level().label(), Horizon.format(at),
                extracted.start(), extracted.start().plus(at), series.size(), extracted.untimed(), extracted.weighting(),
                extracted.missingFollowers(), training.seismicFor(key, series, seconds, TRAINING_MIN_EVENTS, seismic),
                training.baselineFor(key, series, seconds, TRAINING_MIN_EVENTS));
    }
}
