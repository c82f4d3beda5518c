package org.metoodiffusion.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How a benchmark launches the packaged application in a JVM of its own, as the README tells users
 * to: the extracted jar, with its class data sharing archive when the build made one. The benchmarks
 * that time what a user waits for all launch through here, and a test holds the README to it.
 */
public final class AppLaunch {

    private static final String ARCHIVE_OPTION = "-XX:SharedArchiveFile=";
    private static final String ARCHIVE = "metoo-diffusion.jsa";

    /** The README's JVM options before {@code -jar}, the archive relative to the checkout. */
    static final List<String> README_OPTIONS = List.of(ARCHIVE_OPTION + "target/app/" + ARCHIVE);

    private AppLaunch() {
    }

    /** The README's launch of the build's {@code target/app} directory {@code app}. */
    public static List<String> of(Path app) {
        return of(app, null);
    }

    /**
     * @param app  the build's {@code target/app} directory
     * @param heap the child's maximum heap ({@code 1g}), or null for the JVM's default
     * @return the JVM options and jar, e.g. {@code -Xmx1g -XX:SharedArchiveFile=... -jar .../metoo-diffusion.jar}
     */
    public static List<String> of(Path app, String heap) {
        var jar = app.resolve("metoo-diffusion.jar").toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("No " + jar + ": build with ./mvnw -DskipTests package first");
        }
        var launch = new ArrayList<String>();
        if (heap != null) {
            launch.add("-Xmx" + heap);
        }
        var archive = app.resolve(ARCHIVE).toAbsolutePath();
        if (Files.isRegularFile(archive)) {
            launch.add(ARCHIVE_OPTION + archive);
        }
        launch.addAll(List.of("-jar", jar.toString()));
        return List.copyOf(launch);
    }
}
