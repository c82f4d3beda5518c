package org.metoodiffusion.forecast;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;

import org.metoodiffusion.api.BadRequestException;

/** A forecast time after a cascade's start, written as a whole number of s, m, h or d: {@code 30m}, {@code 1h}, {@code 2d}. */
public final class Horizon {

    public static final Duration MAX = Duration.ofDays(365);
    private static final Pattern FORM = Pattern.compile("(\\d{1,9})\\s*([smhd])");

    private Horizon() {
    }

    /** @throws BadRequestException for anything else, or a time of 0 or over 365 days */
    public static Duration parse(String text) {
        var matcher = FORM.matcher(text == null ? "" : text.strip().toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw new BadRequestException("Unknown forecast time '" + text + "': use a whole number of s, m, h or d "
                    + "after the cascade's start, e.g. 30m, 1h, 6h, 2d.");
        }
        long amount = Long.parseLong(matcher.group(1));
        Duration duration = switch (matcher.group(2)) {
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
        if (duration.isZero() || duration.compareTo(MAX) > 0) {
            throw new BadRequestException("The forecast time must be after the start and at most 365d, was '" + text + "'.");
        }
        return duration;
    }

    /** The shortest form {@link #parse} reads back: {@code 90m} stays minutes, {@code 120m} is {@code 2h}. */
    public static String format(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds % 86_400 == 0) {
            return seconds / 86_400 + "d";
        }
        if (seconds % 3_600 == 0) {
            return seconds / 3_600 + "h";
        }
        return seconds % 60 == 0 ? seconds / 60 + "m" : seconds + "s";
    }
}
