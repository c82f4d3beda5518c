package org.metoodiffusion.benchmark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Launches the packaged server as the README does and prints the time from launch to a healthy
 * {@code /actuator/health} (first start on an empty data directory, then restarts) and the
 * resident memory once idle; the same with the plain fat jar (no class data sharing archive) as the
 * reference, measured in the same run.
 */
public final class StartupBenchmark {

    private final Path target;
    private final int restarts;
    private final Duration idle;
    private final PrintStream out;

    /** @param target the build's {@code target} directory (holding {@code app/} and the fat jar) */
    public StartupBenchmark(Path target, int restarts, Duration idle, PrintStream out) {
        this.target = target;
        this.restarts = restarts;
        this.idle = idle;
        this.out = out;
    }

    public void run() throws Exception {
        var archive = target.resolve("app").resolve("metoo-diffusion.jsa");
        if (!Files.exists(archive)) {
            throw new IllegalArgumentException("No " + archive + ": build with ./mvnw -DskipTests package first");
        }
        var withArchive = List.of("-XX:SharedArchiveFile=" + archive, "-jar",
                target.resolve("app").resolve("metoo-diffusion.jar").toString());
        var plain = List.of("-jar", target.resolve("metoo-diffusion.jar").toString());
        double shared = series("README command (extracted jar + CDS archive)", withArchive);
        double reference = series("reference: java -jar target/metoo-diffusion.jar", plain);
        out.printf("launch to healthy, restarts: %.2f of the reference%n", shared / reference);
    }

    /** Returns the mean launch-to-healthy time of the restarts. */
    private double series(String name, List<String> launch) throws Exception {
        var dataDir = Files.createTempDirectory("metoo-startup");
        double restartSeconds = 0;
        for (int run = 0; run <= restarts; run++) {
            var result = start(launch, dataDir, run == 0);
            out.printf("%s, %s: healthy after %.1f s%s%n", name, run == 0 ? "first start" : "restart " + run,
                    result[0], run == 0 ? String.format(", resident memory %,.0f MB after %d s idle", result[1],
                            idle.toSeconds()) : "");
            restartSeconds += run == 0 ? 0 : result[0];
        }
        return restartSeconds / restarts;
    }

    /** Starts the server; returns {seconds to healthy, resident MB after the idle wait (first start only)}. */
    private double[] start(List<String> launch, Path dataDir, boolean measureMemory) throws Exception {
        try (var server = ServerProcess.serve(launch, dataDir, dataDir.resolve("server.log"))) {
            double seconds = server.awaitHealthy();
            double megabytes = 0;
            if (measureMemory) {
                Thread.sleep(idle.toMillis());
                megabytes = residentMegabytes(server.pid());
            }
            return new double[] {seconds, megabytes};
        }
    }

    private static double residentMegabytes(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }
}
