package org.metoodiffusion.cli;

import org.metoodiffusion.api.BadRequestException;
import org.metoodiffusion.forecast.Forecast;
import org.metoodiffusion.forecast.ForecastService;
import org.metoodiffusion.forecast.Horizon;
import org.metoodiffusion.trace.Reconstruction;
import org.metoodiffusion.trace.Root;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "forecast", mixinStandardHelpOptions = true,
        description = "The cascade's final size predicted from its events up to --at after its start, with 80% "
                + "intervals: SEISMIC against the log-linear baseline (platform record; --method does not apply).")
final class TraceForecastCommand extends TraceSubcommand<ForecastService, Forecast> {

    @Parameters(paramLabel = "ROOT", defaultValue = "milano", description = "The root (default ${DEFAULT-VALUE}).")
    String root;

    @Option(names = "--at", defaultValue = "1h", description = "Time after the start: a whole number of s, m, h or d "
            + "(30m, 1h, 6h, 2d; default ${DEFAULT-VALUE}).")
    String at;

    TraceForecastCommand() {
        super(ForecastService.class);
    }

    @Override
    Forecast answer(ForecastService forecasts) {
        if (options.reconstruction() != Reconstruction.PLATFORM) {
            throw new BadRequestException("forecasts use the platform record: --method does not apply");
        }
        return forecasts.forecast(Root.parse(root), options.level(), Horizon.parse(at));
    }

    @Override
    String table(Forecast forecast) {
        return ForecastTable.of(forecast);
    }
}
