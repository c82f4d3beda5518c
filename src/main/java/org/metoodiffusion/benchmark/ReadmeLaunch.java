package org.metoodiffusion.benchmark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The README's command that launches the server, in one place: the benchmarks that time what a
 * user waits for launch it with these options, and a test holds the README to them.
 */
final class ReadmeLaunch {

    /** The README's JVM options before {@code -jar}, the archive relative to the checkout. */
    static final List<String> OPTIONS = List.of("-XX:SharedArchiveFile=target/app/metoo-diffusion.jsa");

    private ReadmeLaunch() {
    }

    /** The README's {@code java} options and jar for the build's {@code target/app} directory {@code app}. */
    static List<String> of(Path app) {
        var launch = new ArrayList<String>();
        for (String option : OPTIONS) {
            launch.add(option.replace("target/app/", app + "/"));
        }
        launch.add("-jar");
        launch.add(app.resolve("metoo-diffusion.jar").toString());
        return List.copyOf(launch);
    }
}
