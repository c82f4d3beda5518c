package org.metoodiffusion.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The packaged application launched as its own process, as a user launches it (a separate JVM,
 * the README's command), for benchmarks that time what a user waits for.
 */
final class ServerProcess implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofMinutes(3);

    private final Process process;
    private final Path log;
    private final int httpPort;
    private final int boltPort;
    private final long launched;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private ServerProcess(Process process, Path log, int httpPort, int boltPort, long launched) {
        this.process = process;
        this.log = log;
        this.httpPort = httpPort;
        this.boltPort = boltPort;
        this.launched = launched;
    }

    /**
     * Runs {@code java <launch> <arguments>} to its end, output to {@code log}; returns the seconds it took.
     *
     * @param launch the JVM options and jar, e.g. {@code -XX:SharedArchiveFile=... -jar app.jar}
     */
    static double run(List<String> launch, List<String> arguments, Path log) throws IOException, InterruptedException {
        long started = System.nanoTime();
        var process = new ProcessBuilder(command(launch, arguments)).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", arguments) + " failed; see " + log);
        }
        return (System.nanoTime() - started) / 1e9;
    }

    /** Launches {@code serve} on {@code dataDir} with HTTP and Bolt on free loopback ports. */
    static ServerProcess serve(List<String> launch, Path dataDir, Path log) throws IOException {
        int httpPort = freePort();
        int boltPort = freePort();
        var arguments = List.of("serve", "--data-dir=" + dataDir, "--http-port=" + httpPort, "--bolt-port=" + boltPort);
        long launched = System.nanoTime();
        var process = new ProcessBuilder(command(launch, arguments)).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        return new ServerProcess(process, log, httpPort, boltPort, launched);
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Waits for a healthy {@code /actuator/health}; returns the seconds since launch. */
    double awaitHealthy() throws InterruptedException {
        return awaitHealthy(TIMEOUT);
    }

    /** Waits at most {@code timeout} after launch for a healthy {@code /actuator/health}; returns the seconds since launch. */
    double awaitHealthy(Duration timeout) throws InterruptedException {
        var health = HttpRequest.newBuilder(URI.create(base() + "/actuator/health")).timeout(Duration.ofSeconds(2))
                .build();
        while (!healthy(health)) {
            if (!process.isAlive() || System.nanoTime() - launched > timeout.toNanos()) {
                throw new IllegalStateException("The server did not become healthy; see " + log);
            }
            Thread.sleep(50);
        }
        return (System.nanoTime() - launched) / 1e9;
    }

    /** Where the server's log ends now, for {@link #awaitLog} to look only at what comes after. */
    int logMark() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8).length();
    }

    /**
     * Waits until the server's log holds {@code text} after {@code mark}; false when it does not
     * within {@code timeout}.
     */
    boolean awaitLog(String text, int mark, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            if (Files.readString(log, StandardCharsets.UTF_8).indexOf(text, mark) >= 0) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }

    String base() {
        return "http://127.0.0.1:" + httpPort;
    }

    String boltUri() {
        return "bolt://127.0.0.1:" + boltPort;
    }

    long pid() {
        return process.pid();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    private boolean healthy(HttpRequest request) throws InterruptedException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    private static List<String> command(List<String> launch, List<String> arguments) {
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(launch);
        command.addAll(arguments);
        return command;
    }
}
