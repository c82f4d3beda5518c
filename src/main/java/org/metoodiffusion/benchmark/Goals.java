package org.metoodiffusion.benchmark;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A benchmark's goals, printed together as its last lines, one per goal:
 * {@code goal <name>: <figure> (<target>): met|NOT met}.
 */
final class Goals {

    private final List<String> lines = new ArrayList<>();

    /** A figure that must not exceed {@code target}; {@code format} formats both (e.g. "%.2f s"). */
    void atMost(String name, double figure, double target, String format) {
        add(name, figure, "<= " + String.format(Locale.ENGLISH, format, target), format, figure <= target);
    }

    /** A figure that must reach {@code target}. */
    void atLeast(String name, double figure, double target, String format) {
        add(name, figure, ">= " + String.format(Locale.ENGLISH, format, target), format, figure >= target);
    }

    /** A goal whose figure could not be measured (its tool missing): NOT met, saying why. */
    void notMeasured(String name, String target, String why) {
        lines.add(String.format(Locale.ENGLISH, "goal %s: not measured, %s (%s): NOT met", name, why, target));
    }

    void print(PrintStream out) {
        lines.forEach(out::println);
    }

    private void add(String name, double figure, String target, String format, boolean met) {
        lines.add(String.format(Locale.ENGLISH, "goal %s: " + format + " (%s): %s", name, figure, target,
                met ? "met" : "NOT met"));
    }
}
