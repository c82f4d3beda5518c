package org.metoodiffusion.benchmark;

import java.io.PrintStream;
import java.util.List;

/**
 * wrk, the HTTP load generator, on a loopback URL: its throughput and 99th percentile latency.
 * Measured after warm-up runs, while the JIT compiles the request path (printed too, as "warm-up"),
 * as for any steady-state throughput.
 */
final class Wrk {

    private static final int WARM_UP_RUNS = 2;

    /** A run's figures. */
    record Result(double requests, double p99) {
    }

    private final int threads;
    private final int connections;
    private final PrintStream out;

    Wrk(int threads, int connections, PrintStream out) {
        this.threads = threads;
        this.connections = connections;
        this.out = out;
    }

    /** Two 10 s warm-up runs, then the measured one; null (having said so) when wrk is not installed. */
    Result measure(String url, int seconds) throws InterruptedException {
        for (int run = 1; run <= WARM_UP_RUNS; run++) {
            var warmUp = run(url, 10);
            if (warmUp == null) {
                return null;
            }
            out.printf("wrk warm-up %d of %d (10 s): %,.0f req/s, p99 %.1f ms%n", run, WARM_UP_RUNS, warmUp.requests(),
                    warmUp.p99());
        }
        return run(url, seconds);
    }

    private Result run(String url, int seconds) throws InterruptedException {
        var result = ToolRun.of(List.of("wrk", "-t" + threads, "-c" + connections, "-d" + seconds + "s",
                "--latency", url));
        if (result == null || result.code() != 0) {
            out.println("wrk: skipped (wrk not available: apt-get install wrk)");
            return null;
        }
        double requests = Double.NaN;
        double p99 = Double.NaN;
        for (var line : result.output().lines().toList()) {
            var trimmed = line.strip();
            if (trimmed.startsWith("Requests/sec:")) {
                requests = Double.parseDouble(trimmed.substring("Requests/sec:".length()).strip());
            } else if (trimmed.startsWith("99%")) {
                p99 = millis(trimmed.substring(3).strip());
            } else if (trimmed.contains("requests in") || trimmed.startsWith("Non-2xx")) {
                out.println("wrk: " + trimmed);
            }
        }
        return new Result(requests, p99);
    }

    private static double millis(String wrkTime) {
        if (wrkTime.endsWith("us")) {
            return Double.parseDouble(wrkTime.substring(0, wrkTime.length() - 2)) / 1000;
        }
        if (wrkTime.endsWith("ms")) {
            return Double.parseDouble(wrkTime.substring(0, wrkTime.length() - 2));
        }
        if (wrkTime.endsWith("s")) {
            return Double.parseDouble(wrkTime.substring(0, wrkTime.length() - 1)) * 1000;
        }
        return Double.NaN;
    }
}
