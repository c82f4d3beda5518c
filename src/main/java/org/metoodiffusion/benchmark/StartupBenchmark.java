package org.metoodiffusion.benchmark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Launches the packaged server as the README does and prints the time from launch to a healthy
 * {@code /actuator/health} (first start on an empty data directory, then restarts) and the
 * resident memory once idle; the same with the plain fat jar (no class data sharing archive) as the
 * reference, measured in the same run. Then restarts on a database the user gives (e.g. the
 * million posts of {@code benchmark import}), and times a command-line call through Bolt to the
 * running server as docs/configuration.md runs it.
 */
public final class StartupBenchmark {

    private final Path target;
    private final int restarts;
    private final Duration idle;
    private final PrintStream out;

    public static final double GOAL_HEALTHY_SECONDS = 8;
    public static final double GOAL_CLI_SECONDS = 3;

    private final Path database;
    private final Goals goals = new Goals();

    /**
     * @param target   the build's {@code target} directory (holding {@code app/} and the fat jar)
     * @param database an existing data directory to restart on as well, or null
     */
    public StartupBenchmark(Path target, Path database, int restarts, Duration idle, PrintStream out) {
        this.target = target;
        this.database = database;
        this.restarts = restarts;
        this.idle = idle;
        this.out = out;
    }

    public void run() throws Exception {
        var archive = target.resolve("app").resolve("metoo-diffusion.jsa");
        if (!Files.exists(archive)) {
            throw new IllegalArgumentException("No " + archive + ": build with ./mvnw -DskipTests package first");
        }
        var withArchive = AppLaunch.of(target.resolve("app"));
        var plain = List.of("-jar", target.resolve("metoo-diffusion.jar").toString());
        var seedStory = Files.createTempDirectory("metoo-startup");
        double shared = series("README command (extracted jar + CDS archive)", withArchive, seedStory);
        double reference = series("reference: java -jar target/metoo-diffusion.jar", plain,
                Files.createTempDirectory("metoo-startup"));
        out.printf("launch to healthy, restarts: %.2f of the reference%n", shared / reference);
        goals.atMost("healthy-seed-story", shared, GOAL_HEALTHY_SECONDS, "%.1f s");
        if (database != null) {
            double given = restarts("README command on " + database, withArchive, database);
            goals.atMost("healthy-given-database", given, GOAL_HEALTHY_SECONDS, "%.1f s");
        }
        cliThroughBolt(withArchive, archive, seedStory);
        goals.print(out);
    }

    /**
     * {@code trace cascade milano -a bolt://...} against the server running on the seed story, with
     * the flags docs/configuration.md gives short calls: the median of three after a first call.
     */
    private void cliThroughBolt(List<String> serverLaunch, Path archive, Path dataDir) throws Exception {
        var cli = List.of("-XX:SharedArchiveFile=" + archive, "-XX:TieredStopAtLevel=1", "-jar",
                target.resolve("app").resolve("metoo-diffusion.jar").toString());
        try (var server = ServerProcess.serve(serverLaunch, dataDir, dataDir.resolve("server.log"))) {
            server.awaitHealthy();
            var trace = List.of("trace", "cascade", "milano", "-a", server.boltUri());
            // The server's first answer to a query pays its own compilations: one call first, printed apart.
            out.printf("trace cascade milano -a (first call after start, not counted): %.2f s wall%n",
                    ServerProcess.run(cli, trace, dataDir.resolve("cli.log")));
            var seconds = new ArrayList<Double>();
            for (int run = 0; run < 3; run++) {
                seconds.add(ServerProcess.run(cli, trace, dataDir.resolve("cli.log")));
            }
            seconds.sort(null);
            out.printf("trace cascade milano -a %s (CDS archive, TieredStopAtLevel=1): %.2f s wall (median of 3: "
                    + "%.2f, %.2f, %.2f)%n", server.boltUri(), seconds.get(1), seconds.get(0), seconds.get(1),
                    seconds.get(2));
            goals.atMost("cli-through-bolt", seconds.get(1), GOAL_CLI_SECONDS, "%.2f s");
        }
    }

    /** Restarts on an existing database; returns the mean launch-to-healthy time. */
    private double restarts(String name, List<String> launch, Path dataDir) throws Exception {
        double total = 0;
        for (int run = 1; run <= restarts; run++) {
            double seconds = start(launch, dataDir, false)[0];
            out.printf("%s, restart %d: healthy after %.1f s%n", name, run, seconds);
            total += seconds;
        }
        return total / restarts;
    }

    /** Returns the mean launch-to-healthy time of the restarts. */
    private double series(String name, List<String> launch, Path dataDir) throws Exception {
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
